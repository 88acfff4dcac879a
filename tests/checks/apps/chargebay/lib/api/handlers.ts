import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/crypto";
import { ratelimit } from "@/lib/ratelimit";

export type ApiKeyCtx = { id: string; tenantId: string; scopes: string[] };
type RouteCtx = { params: Promise<Record<string, string>> };
export type ApiHandler = (req: NextRequest, ctx: { key: ApiKeyCtx; params: Record<string, string> }) => Promise<Response>;

export async function authenticateApiKey(req: NextRequest, scope: string): Promise<ApiKeyCtx | null> {
  const header = req.headers.get("authorization");
  if (!header?.startsWith("Bearer cb_")) return null;
  const key = await prisma.apiKey.findUnique({
    where: { keyHash: hashToken(header.slice(7)) },
    select: { id: true, tenantId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt || !key.scopes.includes(scope)) return null;
  void prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  return { id: key.id, tenantId: key.tenantId, scopes: key.scopes };
}

export function withApiKey(scope: string, handler: ApiHandler) {
  return async (req: NextRequest, ctx: RouteCtx) => {
    const key = await authenticateApiKey(req, scope);
    if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
    const { success, reset } = await ratelimit.limit(`api:${key.id}`);
    if (!success) return NextResponse.json({ error: "rate_limited" }, { status: 429, headers: { "retry-after": String(reset) } });
    return handler(req, { key, params: await ctx.params });
  };
}

export function makeHandlers(def: { scope: string; GET?: ApiHandler; POST?: ApiHandler; PATCH?: ApiHandler; DELETE?: ApiHandler }) {
  const wrap = (h?: ApiHandler) =>
    h ? withApiKey(def.scope, h) : async () => NextResponse.json({ error: "method_not_allowed" }, { status: 405 });
  return { GET: wrap(def.GET), POST: wrap(def.POST), PATCH: wrap(def.PATCH), DELETE: wrap(def.DELETE) };
}
