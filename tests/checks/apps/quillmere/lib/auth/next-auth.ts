import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { prisma } from "@/lib/db/prisma";

// Publisher editors sign in with magic links through Auth.js v4 (the "editor portal").
export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(prisma),
  providers: [EmailProvider({ server: process.env.EMAIL_SERVER, from: "editors@quillmere.com" })],
  session: { strategy: "jwt" },
  callbacks: {
    async session({ session, token }) {
      if (session.user) (session.user as any).publisherId = token.publisherId;
      return session;
    },
  },
};

export async function requireEditor() {
  const session = await getServerSession(authOptions);
  if (!session?.user?.email) throw new Error("Editor sign-in required");
  return { email: session.user.email, publisherId: (session.user as any).publisherId as string };
}
