import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";

// Auth.js v5 — the main sign-in for winery staff and club members since the 2024 migration.
export const { auth, handlers, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: "jwt" },
  providers: [
    Google,
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        if (typeof credentials?.email !== "string" || typeof credentials?.password !== "string") return null;
        const user = await prisma.user.findUnique({ where: { email: credentials.email }, select: { id: true, email: true, passwordHash: true, isSuperAdmin: true } });
        if (!user?.passwordHash) return null;
        // ok: timing-unsafe-comparison
        const ok = await bcrypt.compare(credentials.password, user.passwordHash);
        return ok ? { id: user.id, email: user.email, isSuperAdmin: user.isSuperAdmin } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.isSuperAdmin = (user as { isSuperAdmin?: boolean }).isSuperAdmin ?? false;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      (session.user as { isSuperAdmin?: boolean }).isSuperAdmin = Boolean(token.isSuperAdmin);
      return session;
    },
  },
});
