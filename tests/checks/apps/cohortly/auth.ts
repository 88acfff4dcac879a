import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { PrismaAdapter } from "@auth/prisma-adapter";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: "jwt" },
  pages: { signIn: "/login" },
  providers: [
    MicrosoftEntraID,
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(creds) {
        if (typeof creds?.email !== "string" || typeof creds?.password !== "string") return null;
        const user = await prisma.staffUser.findUnique({
          where: { email: creds.email.toLowerCase() },
          select: { id: true, email: true, name: true, passwordHash: true, role: true, sponsorId: true, disabled: true },
        });
        if (!user?.passwordHash || user.disabled) return null;
        const valid = await bcrypt.compare(creds.password, user.passwordHash);
        return valid ? { id: user.id, email: user.email, name: user.name, role: user.role, sponsorId: user.sponsorId } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.role = (user as { role?: string }).role;
        token.sponsorId = (user as { sponsorId?: string | null }).sponsorId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      (session.user as { role?: unknown }).role = token.role;
      (session.user as { sponsorId?: unknown }).sponsorId = token.sponsorId;
      return session;
    },
  },
});
