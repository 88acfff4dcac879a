import { toNextJsHandler } from "better-auth/next-js";
import { mobileAuth } from "@/lib/auth/better-auth";

// ok: missing-auth
export const { GET, POST } = toNextJsHandler(mobileAuth);
