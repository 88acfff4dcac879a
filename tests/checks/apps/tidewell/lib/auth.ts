import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { PrismaAdapter } from "@auth/prisma-adapter";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: "jwt" },
  providers: [
    Resend({ from: "Tidewell <hello@tidewell.coop>" }),
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = String(credentials?.email ?? "");
        const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true, role: true, coopId: true } });
        if (!user?.passwordHash) return null;
        const ok = await bcrypt.compare(String(credentials?.password ?? ""), user.passwordHash);
        return ok ? { id: user.id, email: user.email, role: user.role, coopId: user.coopId } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.role = (user as { role?: string }).role ?? "member";
        token.coopId = (user as { coopId?: string | null }).coopId ?? null;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      (session.user as { role?: string }).role = token.role as string;
      (session.user as { coopId?: string | null }).coopId = token.coopId as string | null;
      return session;
    },
  },
});
