import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { prisma } from "@/lib/db/prisma";
import { redeemLoginTicket } from "@/lib/login-ticket";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null; tenantId: string; role: string; isSuperAdmin: boolean };
  }
}

export const { auth, handlers, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: "jwt" },
  providers: [
    Google,
    Credentials({
      credentials: { ticket: {} },
      // Password / SMS / magic-link checks happen in our own actions, which then issue a one-shot ticket.
      authorize: async (creds) => {
        const userId = await redeemLoginTicket(creds?.ticket);
        return userId ? { id: userId } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        const m = await prisma.membership.findFirst({ where: { userId: user.id }, select: { tenantId: true, role: true } });
        token.tenantId = m?.tenantId;
        token.role = m?.role;
      }
      return token;
    },
    async session({ session, token }) {
      session.user.id = token.sub!;
      session.user.tenantId = token.tenantId as string;
      session.user.role = token.role as string;
      return session;
    },
  },
});
