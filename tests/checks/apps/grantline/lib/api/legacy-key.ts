import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

/** v0 partner keys: "<keyId>.<secret>"; kept for two CRM partners. */
export async function verifyLegacyKey(raw: string | null) {
  if (!raw) return null;
  const [keyId, secret] = raw.split(".");
  if (!keyId || !secret) return null;
  const key = await prisma.apiKey.findFirst({ where: { prefix: keyId }, select: { id: true, keyHash: true, foundationId: true } });
  if (!key) return null;
  // ruleid: timing-unsafe-comparison
  if (key.keyHash !== sha256(secret)) return null;
  return { keyId: key.id, foundationId: key.foundationId };
}
