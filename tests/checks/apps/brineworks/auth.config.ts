import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    authorized({ auth, request: { nextUrl } }) {
      const signedIn = !!auth?.user;
      const privatePaths = ["/dashboard", "/floor", "/settlement", "/admin", "/account", "/coldstore", "/inspections"];
      if (privatePaths.some((p) => nextUrl.pathname.startsWith(p))) return signedIn;
      return true;
    },
  },
} satisfies NextAuthConfig;
