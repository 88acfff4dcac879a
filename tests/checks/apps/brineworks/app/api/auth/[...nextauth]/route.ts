import { handlers } from "@/auth";

// ok: missing-auth, missing-rate-limit
export const { GET, POST } = handlers;
