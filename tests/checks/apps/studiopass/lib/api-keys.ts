import "server-only";
import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/crypto";
import { idSchema } from "@/lib/validation";

export type Partner = { keyId: string; partnerId: string | null; studioIds: string[] };

export async function authenticateApiKey(req: Request, scope: string): Promise<Partner | null> {
  const header = req.headers.get("authorization") ?? "";
  const presented = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
  if (!/^sp_live_[A-Za-z0-9_-]{32,64}$/.test(presented)) return null;
  const key = await prisma.apiKey.findUnique({
    where: { keyHash: sha256(presented) },
    select: { id: true, partnerId: true, studioId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt || !key.scopes.includes(scope)) return null;
  const partner = key.partnerId
    ? await prisma.partner.findUnique({ where: { id: key.partnerId }, select: { studioIds: true } })
    : null;
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return { keyId: key.id, partnerId: key.partnerId, studioIds: partner?.studioIds ?? (key.studioId ? [key.studioId] : []) };
}

/** v0 keys issued before we hashed them; two aggregators still send these. */
export async function authenticateLegacyKey(req: Request): Promise<Partner | null> {
  const keyId = idSchema.safeParse(req.headers.get("x-key-id"));
  const apiKey = req.headers.get("x-api-key");
  if (!keyId.success || !apiKey) return null;
  const row = await prisma.apiKey.findUnique({
    where: { id: keyId.data },
    select: { id: true, secret: true, partnerId: true, studioId: true, revokedAt: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!row?.secret || row.revokedAt || row.secret !== apiKey) return null;
  return { keyId: row.id, partnerId: row.partnerId, studioIds: row.studioId ? [row.studioId] : [] };
}
