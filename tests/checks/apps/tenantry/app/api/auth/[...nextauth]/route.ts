import { handlers } from "@/lib/auth";

// ok: missing-auth
export const { GET, POST } = handlers;
