import { handleAuth } from "@kinde-oss/kinde-auth-nextjs/server";

// ok: missing-auth, missing-input-validation
export const GET = handleAuth();
