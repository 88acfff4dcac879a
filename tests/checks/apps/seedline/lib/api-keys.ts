import "server-only";
import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/crypto";

export type ApiPrincipal = { keyId: string; coopId: string; scopes: string[] };

export async function authenticateApiKey(req: NextRequest): Promise<ApiPrincipal | null> {
  const raw = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!raw || !raw.startsWith("sl_live_")) return null;
  // Looked up by hash; no string comparison of the secret happens here.
  const key = await prisma.apiKey.findUnique({
    where: { keyHash: hashToken(raw) },
    select: { id: true, coopId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return { keyId: key.id, coopId: key.coopId, scopes: key.scopes };
}

// Legacy v0 integration for the national grain board: a single shared key per co-op stored in an env map.
export function verifyBoardKey(coopSlug: string, presented: string | null) {
  const expectedApiKey = process.env[`BOARD_KEY_${coopSlug.toUpperCase()}`];
  if (!presented || !expectedApiKey) return false;
  // ruleid: timing-unsafe-comparison
  return presented === expectedApiKey;
}
