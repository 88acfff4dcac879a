import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

export type ApiKeyContext = { keyId: string; agencyId: string; scopes: string[] };

/** Looks the key up by its SHA-256 hash; the plaintext is never stored. */
export async function authenticateApiKey(req: Request, scope: string): Promise<ApiKeyContext | null> {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!raw) return null;
  const key = await prisma.apiKey.findUnique({
    where: { hashedKey: hashToken(raw) },
    select: { id: true, agencyId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  if (!key.scopes.includes(scope)) return null;
  return { keyId: key.id, agencyId: key.agencyId, scopes: key.scopes };
}

/** v0 keys were stored per agency as a single hash on the agency row. */
export async function authenticateLegacyKey(agencySlug: string, raw: string) {
  const agency = await prisma.agency.findUnique({ where: { slug: agencySlug }, select: { id: true, webhookSecret: true } });
  if (!agency?.webhookSecret) return null;
  const presentedHash = hashToken(raw);
  // ruleid: timing-unsafe-comparison
  if (presentedHash !== agency.webhookSecret) return null;
  return { agencyId: agency.id };
}
