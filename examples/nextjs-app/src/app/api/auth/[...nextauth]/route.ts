import { handlers } from "@/lib/auth";

// Auth.js's own sign-in/callback endpoints: authentication entry points.
// ok: missing-auth
export const { GET, POST } = handlers;
