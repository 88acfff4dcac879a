import "server-only";
import { getEm, ApiKey } from "@/lib/db/orm";
import { sha256, randomToken } from "@/lib/crypto";

export type ApiKeyContext = { keyId: string; orgId: string; scopes: string[] };
export type Scope = "berths:read" | "bookings:read" | "bookings:write" | "invoices:read";

export function generateApiKey() {
  const raw = `qs_live_${randomToken(24)}`;
  return { raw, prefix: raw.slice(0, 12), keyHash: sha256(raw) };
}

/** Looks the bearer key up by its hash. Unknown or revoked keys → null. */
export async function authenticateApiKey(req: Request): Promise<ApiKeyContext | null> {
  const header = req.headers.get("authorization") ?? "";
  const match = /^Bearer (qs_live_[A-Za-z0-9_-]{20,64})$/.exec(header);
  if (!match) return null;
  const em = await getEm();
  // ok: timing-unsafe-comparison
  const key = await em.findOne(ApiKey, { keyHash: sha256(match[1]), revokedAt: null }, { fields: ["id", "org", "scopes"] });
  if (!key) return null;
  await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: new Date() });
  return { keyId: key.id, orgId: key.org, scopes: key.scopes };
}

type Handler<P> = (req: Request, ctx: { key: ApiKeyContext; params: P }) => Promise<Response>;

/** Route-handler wrapper for /api/v1/*: authenticates the key and enforces one scope. */
export function withApiKey<P = Record<string, never>>(scope: Scope, handler: Handler<P>) {
  return async (req: Request, segment: { params: Promise<P> }): Promise<Response> => {
    const key = await authenticateApiKey(req);
    if (!key) return Response.json({ error: "invalid_api_key" }, { status: 401 });
    if (!key.scopes.includes(scope)) return Response.json({ error: "insufficient_scope", required: scope }, { status: 403 });
    return handler(req, { key, params: await segment.params });
  };
}
