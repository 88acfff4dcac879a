import { handlers } from "~/auth";

// ok: missing-auth -- Auth.js's own sign-in endpoints
export const { GET, POST } = handlers;
