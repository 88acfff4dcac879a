import "server-only";
import { StackServerApp } from "@stackframe/stack";

// Partner marketplace (installers who resell FieldNote) signs in with Stack Auth.
export const stackServerApp = new StackServerApp({
  tokenStore: "nextjs-cookie",
  urls: { signIn: "/partners/sign-in", afterSignIn: "/partners" },
});
