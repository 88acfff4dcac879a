import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/crypto";

export type ApiCtx = { tenantId: string; keyId: string; scopes: string[] };
type RouteFn = (req: NextRequest, api: ApiCtx, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function authenticateApiKey(req: NextRequest, scope: string): Promise<ApiCtx | null> {
  const raw = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!raw) return null;
  const key = await prisma.apiKey.findUnique({
    where: { apiKeyHash: sha256(raw) },
    select: { id: true, tenantId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt || !key.scopes.includes(scope)) return null;
  return { tenantId: key.tenantId, keyId: key.id, scopes: key.scopes };
}

export function withApiKey(scope: string, fn: RouteFn) {
  return async (req: NextRequest, route: { params: Promise<Record<string, string>> }) => {
    const api = await authenticateApiKey(req, scope);
    if (!api) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
    return fn(req, api, route);
  };
}

export function makeHandlers(h: { scope: string; GET?: RouteFn; POST?: RouteFn; DELETE?: RouteFn }) {
  return {
    GET: h.GET ? withApiKey(`${h.scope}:read`, h.GET) : undefined,
    POST: h.POST ? withApiKey(`${h.scope}:write`, h.POST) : undefined,
    DELETE: h.DELETE ? withApiKey(`${h.scope}:write`, h.DELETE) : undefined,
  };
}
