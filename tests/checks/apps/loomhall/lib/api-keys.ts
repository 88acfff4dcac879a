import "server-only";
import { prisma } from "@/lib/db/prisma";
import { sha256, secureCompare } from "@/lib/crypto";

// Maker inventory sync: `Authorization: Bearer lh_xxx`.
export async function authenticateApiKey(req: Request) {
  const raw = req.headers.get("authorization")?.replace(/^Bearer /, "");
  if (!raw) return null;
  const key = await prisma.apiKey.findFirst({ where: { prefix: raw.slice(0, 8), revokedAt: null }, select: { userId: true, hashedKey: true } });
  if (!key) return null;
  // ok: timing-unsafe-comparison
  if (!secureCompare(key.hashedKey, sha256(raw))) return null;
  return { userId: key.userId };
}

// v0 keys (before prefixes). Still accepted for two makers' scripts.
export async function authenticateLegacyKey(req: Request) {
  const raw = req.headers.get("x-api-key");
  if (!raw) return null;
  const keys = await prisma.apiKey.findMany({ where: { prefix: "legacy", revokedAt: null }, select: { userId: true, hashedKey: true } });
  // ruleid: timing-unsafe-comparison
  const match = keys.find((k) => k.hashedKey === sha256(raw));
  return match ? { userId: match.userId } : null;
}
