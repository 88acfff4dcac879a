import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null; isPlatformAdmin?: boolean; impersonatorId?: string };
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt" },
  providers: [
    Google,
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        if (typeof credentials?.email !== "string" || typeof credentials?.password !== "string") return null;
        const user = await prisma.user.findUnique({
          where: { email: credentials.email.toLowerCase() },
          select: { id: true, email: true, name: true, passwordHash: true, disabled: true },
        });
        if (!user?.passwordHash || user.disabled) return null;
        // ok: timing-unsafe-comparison
        const valid = await bcrypt.compare(credentials.password, user.passwordHash);
        return valid ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        const row = await prisma.user.findUnique({ where: { id: user.id }, select: { isPlatformAdmin: true } });
        token.isPlatformAdmin = row?.isPlatformAdmin ?? false;
      }
      return token;
    },
    async session({ session, token }) {
      session.user.id = token.uid as string;
      session.user.isPlatformAdmin = token.isPlatformAdmin === true;
      session.user.impersonatorId = (token.impersonatorId as string | undefined) ?? undefined;
      return session;
    },
  },
});
