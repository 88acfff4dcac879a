import "server-only";
import type { NextRequest } from "next/server";
import { authenticateApiKey, type Partner } from "@/lib/api-keys";
import { ratelimit } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

type Handler = (req: NextRequest, ctx: { partner: Partner; params: Record<string, string> }) => Promise<Response>;

/** Partner API (/api/v1): API key with scope, per-key rate limit, structured access log. */
export function makeHandlers(opts: { scope: string; GET?: Handler; POST?: Handler }) {
  const wrap =
    (method: "GET" | "POST", h?: Handler) =>
    async (req: NextRequest, { params }: { params: Promise<Record<string, string>> }) => {
      if (!h) return Response.json({ error: "method_not_allowed" }, { status: 405 });
      const partner = await authenticateApiKey(req, opts.scope);
      if (!partner) return Response.json({ error: "invalid_api_key" }, { status: 401 });
      const { success } = await ratelimit.limit(`api:${partner.keyId}`);
      if (!success) return Response.json({ error: "rate_limited" }, { status: 429 });
      logger.info({ keyId: partner.keyId, method, path: req.nextUrl.pathname }, "partner api");
      return h(req, { partner, params: await params });
    };
  return { GET: wrap("GET", opts.GET), POST: wrap("POST", opts.POST) };
}

export function withApiKey(scope: string, handler: Handler) {
  return async (req: NextRequest, { params }: { params: Promise<Record<string, string>> }) => {
    const partner = await authenticateApiKey(req, scope);
    if (!partner) return Response.json({ error: "invalid_api_key" }, { status: 401 });
    return handler(req, { partner, params: await params });
  };
}
