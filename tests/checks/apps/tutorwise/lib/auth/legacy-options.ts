import type { NextAuthOptions } from "next-auth";
import GoogleProvider from "next-auth/providers/google";

// Auth.js v4 options kept for the pages/api handlers used by the v1 mobile app
export const authOptions: NextAuthOptions = {
  providers: [GoogleProvider({ clientId: process.env.GOOGLE_ID!, clientSecret: process.env.GOOGLE_SECRET! })],
  session: { strategy: "jwt" },
  secret: process.env.NEXTAUTH_SECRET,
};
