import "server-only";
import { prisma } from "@/lib/prisma";
import { hashToken } from "@/lib/crypto";

/** Current scheme: keys are looked up by their SHA-256, never compared in app code. */
export async function authenticateApiKey(raw: string | null) {
  // ok: timing-unsafe-comparison
  if (!raw || raw === "") return null;
  const key = await prisma.apiKey.findUnique({
    where: { hashedKey: hashToken(raw) },
    select: { id: true, workspaceId: true, revokedAt: true },
  });
  if (!key || key.revokedAt !== null) return null;
  return key;
}

/** v1 keys (fn_live_xxxx) were stored per prefix; still accepted until 2025-12. */
export async function authenticateLegacyKey(raw: string) {
  const prefix = raw.slice(0, 12);
  const key = await prisma.apiKey.findFirst({
    where: { prefix, revokedAt: null },
    select: { id: true, workspaceId: true, hashedKey: true },
  });
  if (!key) return null;
  const presentedHash = hashToken(raw);
  // ruleid: timing-unsafe-comparison
  if (key.hashedKey !== presentedHash) return null;
  return { id: key.id, workspaceId: key.workspaceId };
}
