import { handlers } from "@/auth";

// ok: missing-auth, missing-input-validation
export const { GET, POST } = handlers;
