import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { PrismaAdapter } from "@auth/prisma-adapter";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import { logSecurityEvent } from "@/lib/audit";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null; tenantId?: string; role?: string; isPlatformAdmin?: boolean; fleetId?: string };
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/login" },
  providers: [
    MicrosoftEntraID({ clientId: process.env.AUTH_ENTRA_ID, clientSecret: process.env.AUTH_ENTRA_SECRET }),
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        if (typeof credentials?.email !== "string" || typeof credentials?.password !== "string") return null;
        const user = await prisma.user.findUnique({
          where: { email: credentials.email.toLowerCase() },
          select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
        });
        if (!user?.passwordHash || user.disabledAt) return null;
        // ok: timing-unsafe-comparison
        const valid = await bcrypt.compare(credentials.password, user.passwordHash);
        if (!valid) return null;
        await logSecurityEvent("login.success", { userId: user.id, email: user.email });
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        const m = await prisma.membership.findFirst({
          where: { userId: user.id },
          select: { tenantId: true, role: true, user: { select: { isPlatformAdmin: true } } },
          orderBy: { createdAt: "asc" },
        });
        token.uid = user.id;
        token.tenantId = m?.tenantId;
        token.role = m?.role;
        token.isPlatformAdmin = m?.user.isPlatformAdmin ?? false;
      }
      return token;
    },
    async session({ session, token }) {
      session.user.id = token.uid as string;
      session.user.tenantId = token.tenantId as string | undefined;
      session.user.role = token.role as string | undefined;
      session.user.isPlatformAdmin = Boolean(token.isPlatformAdmin);
      return session;
    },
  },
});
