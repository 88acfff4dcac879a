import NextAuth from "next-auth";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { prisma } from "@/lib/prisma";

// Integrations console (OAuth apps, Zapier, QuickBooks) uses Auth.js v5.
export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  providers: [GitHub, Google],
  session: { strategy: "jwt" },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const row = await prisma.user.findUnique({ where: { id: user.id }, select: { workspaceId: true, role: true } });
        token.workspaceId = row?.workspaceId;
        token.role = row?.role;
      }
      return token;
    },
    async session({ session, token }) {
      session.user.id = token.sub!;
      (session.user as { workspaceId?: string }).workspaceId = token.workspaceId as string;
      (session.user as { role?: string }).role = token.role as string;
      return session;
    },
  },
});
