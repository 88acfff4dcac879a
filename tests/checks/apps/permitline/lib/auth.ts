import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null; municipalityId?: string | null; isSuperAdmin?: boolean };
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  providers: [
    MicrosoftEntraID({
      clientId: process.env.AUTH_ENTRA_ID,
      clientSecret: process.env.AUTH_ENTRA_SECRET,
      issuer: process.env.AUTH_ENTRA_ISSUER,
    }),
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const email = String(raw?.email ?? "").toLowerCase();
        const password = String(raw?.password ?? "");
        const user = await prisma.user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, passwordHash: true, deletedAt: true },
        });
        if (!user?.passwordHash || user.deletedAt) return null;
        // ok: timing-unsafe-comparison
        const valid = await bcrypt.compare(password, user.passwordHash);
        return valid ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        const m = await prisma.membership.findFirst({ where: { userId: user.id }, select: { municipalityId: true } });
        token.municipalityId = m?.municipalityId ?? null;
        token.uid = user.id;
      }
      return token;
    },
    async session({ session, token }) {
      session.user.id = token.uid as string;
      session.user.municipalityId = (token.municipalityId as string | null) ?? null;
      return session;
    },
  },
});
