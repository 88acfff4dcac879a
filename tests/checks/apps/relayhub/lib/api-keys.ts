import "server-only";
import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

export type ApiKeyCtx = { keyId: string; charityId: string; scopes: string[] };

/** Looks the key up by its SHA-256 hash (no plaintext comparison). */
export async function verifyApiKey(req: NextRequest, scope: string): Promise<ApiKeyCtx | null> {
  const header = req.headers.get("authorization");
  if (!header?.startsWith("Bearer rh_")) return null;
  const raw = header.slice("Bearer ".length);
  const key = await prisma.apiKey.findUnique({
    where: { keyHash: sha256(raw) },
    select: { id: true, charityId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  if (!key.scopes.includes(scope) && !key.scopes.includes("*")) return null;
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return { keyId: key.id, charityId: key.charityId, scopes: key.scopes };
}
