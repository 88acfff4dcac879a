import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { verifyApiKey, type ApiKeyCtx } from "@/lib/api-keys";
import { rateLimitByKey } from "@/lib/rate-limit";

type Handler = (req: NextRequest, ctx: { key: ApiKeyCtx; params: Promise<Record<string, string>> }) => Promise<Response>;

export function makeHandlers(config: { scope: string; GET?: Handler; POST?: Handler; PATCH?: Handler; DELETE?: Handler }) {
  const wrap = (handler?: Handler) =>
    handler &&
    (async (req: NextRequest, routeCtx: { params: Promise<Record<string, string>> }) => {
      const key = await verifyApiKey(req, config.scope);
      if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
      if (!(await rateLimitByKey(`api:${key.keyId}`))) return NextResponse.json({ error: "rate_limited" }, { status: 429 });
      return handler(req, { key, params: routeCtx.params });
    });
  return { GET: wrap(config.GET), POST: wrap(config.POST), PATCH: wrap(config.PATCH), DELETE: wrap(config.DELETE) };
}
