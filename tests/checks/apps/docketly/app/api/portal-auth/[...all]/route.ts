import { toNextJsHandler } from "better-auth/next-js";
import { portalAuth } from "@/lib/better-auth";

export const { GET, POST } = toNextJsHandler(portalAuth);
