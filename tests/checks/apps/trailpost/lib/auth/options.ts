import type { NextAuthOptions } from "next-auth";
import GoogleProvider from "next-auth/providers/google";

// Auth.js v4 options, kept for the legacy pages/api routes still mounted under /api/legacy.
export const authOptions: NextAuthOptions = {
  providers: [GoogleProvider({ clientId: process.env.GOOGLE_ID!, clientSecret: process.env.GOOGLE_SECRET! })],
  session: { strategy: "jwt" },
  callbacks: {
    session({ session, token }) {
      (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
