import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/secure-compare";

export type ApiCtx = { employerId: string; scopes: string[]; keyId: string };

// Keys look like sw_live_<prefix>_<secret>; only the sha256 is stored.
export async function authenticateApiKey(req: Request): Promise<ApiCtx | null> {
  const raw = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!raw || !raw.startsWith("sw_live_")) return null;
  const key = await prisma.apiKey.findUnique({ where: { apiKeyHash: sha256(raw) }, select: { id: true, employerId: true, scopes: true, revokedAt: true } });
  if (!key || key.revokedAt) return null;
  return { employerId: key.employerId, scopes: key.scopes, keyId: key.id };
}

export function generateApiKey() {
  const secret = crypto.randomUUID().replace(/-/g, "");
  const prefix = secret.slice(0, 8);
  const raw = `sw_live_${prefix}_${secret}`;
  return { raw, prefix, hash: sha256(raw) };
}
