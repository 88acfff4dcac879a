import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/server";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const { GET, POST } = toNextJsHandler(auth);
