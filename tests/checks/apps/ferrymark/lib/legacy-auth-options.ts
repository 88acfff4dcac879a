import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

export const legacyAuthOptions: NextAuthOptions = {
  session: { strategy: "jwt" },
  providers: [CredentialsProvider({ credentials: {}, authorize: async () => null })],
};
