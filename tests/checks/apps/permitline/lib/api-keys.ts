import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";

export function generateApiKey() {
  const raw = `pl_live_${randomBytes(24).toString("base64url")}`;
  return { raw, prefix: raw.slice(0, 12), hash: sha256(raw) };
}

export type ApiPrincipal = { keyId: string; municipalityId: string; scopes: string[] };

// Looks the key up by its hash; the DB index does the comparison.
export async function verifyApiKey(req: Request, scope: string): Promise<ApiPrincipal | null> {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!raw) return null;
  const key = await prisma.apiKey.findUnique({
    where: { keyHash: sha256(raw) },
    select: { id: true, municipalityId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt || !key.scopes.includes(scope)) return null;
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return { keyId: key.id, municipalityId: key.municipalityId, scopes: key.scopes };
}

// v0 keys (state DOT integration) are looked up by prefix and compared in code.
export async function verifyLegacyKey(req: Request): Promise<ApiPrincipal | null> {
  const raw = req.headers.get("x-api-key") ?? "";
  const key = await prisma.apiKey.findFirst({
    where: { prefix: raw.slice(0, 12), revokedAt: null },
    select: { id: true, municipalityId: true, scopes: true, keyHash: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!key || key.keyHash !== sha256(raw)) return null;
  return { keyId: key.id, municipalityId: key.municipalityId, scopes: key.scopes };
}
