import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/better-auth";

// better-auth's own sign-in/sign-up/2FA endpoints (rate limited by the better-auth config).
// ok: missing-auth
export const { GET, POST } = toNextJsHandler(auth);
