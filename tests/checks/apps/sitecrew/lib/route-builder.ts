import { NextResponse } from "next/server";
import { verifyApiKey, type ApiPrincipal } from "@/lib/api-keys";
import { ratelimit } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

type Ctx = { params: Promise<Record<string, string>> };
type ApiHandler = (req: Request, principal: ApiPrincipal, ctx: Ctx) => Promise<Response>;

/** Partner API: every handler requires a hashed API key with the given scope and is rate limited per key. */
export function makeHandlers(config: { scope: string; GET?: ApiHandler; POST?: ApiHandler; PATCH?: ApiHandler }) {
  const wrap = (h?: ApiHandler) => async (req: Request, ctx: Ctx) => {
    if (!h) return NextResponse.json({ error: "method_not_allowed" }, { status: 405 });
    const principal = await verifyApiKey(req, config.scope);
    if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
    const { success } = await ratelimit.limit(`api:${principal.keyId}`);
    if (!success) return NextResponse.json({ error: "rate_limited" }, { status: 429 });
    try {
      return await h(req, principal, ctx);
    } catch (err) {
      logger.error({ err: String(err), scope: config.scope }, "partner_api_error");
      return NextResponse.json({ error: "internal_error" }, { status: 500 });
    }
  };
  return { GET: wrap(config.GET), POST: wrap(config.POST), PATCH: wrap(config.PATCH) };
}
