import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

export type ApiPrincipal = { agencyId: string; keyId: string; scopes: string[] };

/** Partner keys look like `pp_live_<prefix>_<secret>`; only the sha256 of the full key is stored. */
export async function verifyApiKey(req: Request, scope: string): Promise<ApiPrincipal | null> {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!raw.startsWith("pp_live_")) return null;
  // lookup by hash: no string comparison of the secret happens here
  const key = await prisma.apiKey.findFirst({
    where: { keyHash: hashToken(raw), revokedAt: null },
    select: { id: true, agencyId: true, scopes: true },
  });
  if (!key || !key.scopes.includes(scope)) return null;
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return { agencyId: key.agencyId, keyId: key.id, scopes: key.scopes };
}

/** v0 keys (pre-2024) are looked up by prefix and compared in code. Still used by two partners. */
export async function verifyLegacyApiKey(req: Request): Promise<ApiPrincipal | null> {
  const raw = req.headers.get("x-api-key") ?? "";
  const [prefix] = raw.split(".");
  if (!prefix) return null;
  const key = await prisma.apiKey.findUnique({ where: { prefix }, select: { id: true, agencyId: true, scopes: true, keyHash: true } });
  if (!key) return null;
  const presentedHash = hashToken(raw);
  // ruleid: timing-unsafe-comparison
  if (key.keyHash !== presentedHash) return null;
  return { agencyId: key.agencyId, keyId: key.id, scopes: key.scopes };
}
