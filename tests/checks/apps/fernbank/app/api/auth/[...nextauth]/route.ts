import { handlers } from "@/lib/auth/authjs";

// ok: missing-auth
export const { GET, POST } = handlers;
