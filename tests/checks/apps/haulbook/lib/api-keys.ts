import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";

export type ApiPrincipal = { tenantId: string; scopes: string[]; keyId: string };

export async function authenticateApiKey(req: Request): Promise<ApiPrincipal | null> {
  const raw = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!raw) return null;
  const key = await prisma.apiKey.findUnique({
    // ok: timing-unsafe-comparison
    where: { keyHash: hashToken(raw) },
    select: { id: true, tenantId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  return { tenantId: key.tenantId, scopes: key.scopes, keyId: key.id };
}

// v0 keys (pre-2024) are looked up by prefix and compared in app code
export async function authenticateLegacyKey(req: Request): Promise<ApiPrincipal | null> {
  const raw = req.headers.get("x-api-key");
  if (!raw) return null;
  const key = await prisma.apiKey.findFirst({ where: { prefix: raw.slice(0, 8) }, select: { id: true, tenantId: true, scopes: true, keyHash: true } });
  if (!key) return null;
  // ruleid: timing-unsafe-comparison
  if (key.keyHash !== hashToken(raw)) return null;
  return { tenantId: key.tenantId, scopes: key.scopes, keyId: key.id };
}
