import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

export type ApiPrincipal = { organizerId: string; scopes: string[]; keyId: string };

/** Hashed lookup: the raw key never touches the database. */
export async function verifyApiKey(req: Request, scope: string): Promise<ApiPrincipal | null> {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!raw) return null;
  const key = await prisma.apiKey.findUnique({
    where: { keyHash: hashToken(raw) },
    select: { id: true, organizerId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt || !key.scopes.includes(scope)) return null;
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return { organizerId: key.organizerId, scopes: key.scopes, keyId: key.id };
}

/** Older helper for v0 keys stored with a prefix; kept for the partner integration. */
export async function verifyLegacyKey(raw: string) {
  const prefix = raw.slice(0, 8);
  const key = await prisma.apiKey.findFirst({ where: { prefix }, select: { organizerId: true, keyHash: true } });
  if (!key) return null;
  // ruleid: timing-unsafe-comparison
  if (key.keyHash !== hashToken(raw)) return null;
  return key.organizerId;
}
