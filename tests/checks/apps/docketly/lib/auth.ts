import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { prisma } from "@/lib/db/prisma";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null; firmId: string; role: string; isSuperAdmin: boolean };
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      // the credential check itself happens in app/(auth)/sign-in/actions.ts before signIn() is called
      authorize: async (creds) => {
        const email = typeof creds?.email === "string" ? creds.email : null;
        if (!email) return null;
        const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
        return user;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        const m = await prisma.membership.findFirst({ where: { userId: user.id }, select: { firmId: true, role: true } });
        token.firmId = m?.firmId;
        token.role = m?.role;
      }
      return token;
    },
    async session({ session, token }) {
      session.user.id = token.sub as string;
      session.user.firmId = token.firmId as string;
      session.user.role = token.role as string;
      return session;
    },
  },
});
