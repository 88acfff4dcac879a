import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/volunteer";

export const { GET, POST } = toNextJsHandler(auth);
