import type { NextAuthOptions } from "next-auth";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { prisma } from "@/lib/db/prisma";

// Legacy Auth.js v4 options, still used by pages/api/legacy/* until the invoice exporter is ported.
export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(prisma) as NextAuthOptions["adapter"],
  session: { strategy: "jwt" },
  providers: [],
  callbacks: {
    session({ session, token }) {
      (session.user as { id?: string }).id = token.sub;
      (session.user as { role?: string }).role = token.role as string;
      return session;
    },
  },
};
