import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

// Auth.js v4 options still used by pages/api (the v1 iPad app).
export const legacyAuthOptions: NextAuthOptions = {
  session: { strategy: "jwt" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [CredentialsProvider({ name: "legacy", credentials: {}, authorize: async () => null })],
};
