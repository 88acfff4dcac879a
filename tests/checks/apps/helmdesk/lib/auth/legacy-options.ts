import type { NextAuthOptions } from "next-auth";
import GoogleProvider from "next-auth/providers/google";

// Kept for pages/api handlers that still call getServerSession (pre-v5 migration).
export const authOptions: NextAuthOptions = {
  providers: [GoogleProvider({ clientId: process.env.GOOGLE_ID!, clientSecret: process.env.GOOGLE_SECRET! })],
  session: { strategy: "jwt" },
  callbacks: {
    session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
