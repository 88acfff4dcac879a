import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/better-auth";

// better-auth's own handler (sign-in, sign-up, org endpoints); rate limiting is built into better-auth.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const { GET, POST } = toNextJsHandler(auth.handler);
