import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";

/** Partner API: `Authorization: Bearer mlk_...`; the key is stored hashed and looked up by hash. */
export async function authenticatePartner(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  if (!header.startsWith("Bearer mlk_")) return null;
  // ok: timing-unsafe-comparison
  const key = await prisma.apiKey.findUnique({
    where: { hashedKey: sha256(header.slice(7)) },
    select: { id: true, orgId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return { keyId: key.id, orgId: key.orgId, scopes: key.scopes };
}
