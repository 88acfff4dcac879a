import { handle } from "hono/vercel";
import { partnerApp } from "@/lib/hono/partner";

export const runtime = "nodejs";

// ok: missing-auth
export const GET = handle(partnerApp);
// ok: missing-auth, missing-input-validation
export const POST = handle(partnerApp);
// ok: missing-auth
// todoruleid: missing-input-validation
export const PATCH = handle(partnerApp);
