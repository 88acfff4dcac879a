import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PrismaAdapter } from "@auth/prisma-adapter";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: "jwt" },
  providers: [
    Credentials({
      async authorize(credentials) {
        const email = String(credentials?.email ?? "");
        const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true } });
        if (!user?.passwordHash) return null;
        const ok = await bcrypt.compare(String(credentials?.password ?? ""), user.passwordHash);
        return ok ? { id: user.id, email: user.email } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        const m = await prisma.membership.findFirst({ where: { userId: user.id }, select: { employerId: true, role: true } });
        token.employerId = m?.employerId;
        token.role = m?.role;
      }
      return token;
    },
    async session({ session, token }) {
      (session.user as any).id = token.sub;
      (session.user as any).employerId = token.employerId;
      (session.user as any).role = token.role;
      return session;
    },
  },
});
