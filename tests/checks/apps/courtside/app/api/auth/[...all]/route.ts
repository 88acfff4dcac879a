import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth";

// better-auth's own endpoints (sign-in, sign-up, callbacks) — rate limited by better-auth's config.
// ok: missing-auth
export const { GET, POST } = toNextJsHandler(auth);
