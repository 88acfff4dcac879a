import { toNextJsHandler } from "better-auth/next-js";
import { authorAuth } from "@/lib/auth/better-auth";

// better-auth's own endpoints (sign-in, sign-up, verify email) for the author portal.
// ok: missing-auth
export const { GET, POST } = toNextJsHandler(authorAuth);
