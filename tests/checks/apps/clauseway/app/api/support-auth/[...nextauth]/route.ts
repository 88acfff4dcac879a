import { handlers } from "@/lib/support-auth";

// ok: missing-auth
export const { GET, POST } = handlers;
