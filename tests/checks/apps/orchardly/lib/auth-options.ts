import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";

/** Auth.js v4 for the legacy pages/api area (route-partner dashboards from before the Clerk move). */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt" },
  providers: [
    EmailProvider({ server: process.env.EMAIL_SERVER, from: "Orchardly <login@orchardly.farm>" }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.role = (user as { role?: string }).role ?? "partner";
      return token;
    },
    async session({ session, token }) {
      (session.user as { role?: string }).role = token.role as string;
      return session;
    },
  },
};
