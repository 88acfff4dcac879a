import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { prisma } from "@/lib/db/prisma";

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  session: { strategy: "jwt" },
  providers: [
    Google,
    Credentials({
      credentials: { email: {}, password: {} },
      // Real verification happens in app/(auth)/actions.ts; this provider trusts the pre-verified user id.
      authorize: async (creds) => {
        if (typeof creds?.email !== "string") return null;
        const user = await prisma.user.findUnique({ where: { email: creds.email }, select: { id: true, email: true, name: true } });
        return user ?? null;
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
