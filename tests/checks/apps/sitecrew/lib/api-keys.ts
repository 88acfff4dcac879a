import "server-only";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

export type ApiPrincipal = { tenantId: string; keyId: string; scopes: string[] };

export async function verifyApiKey(req: Request, scope: string): Promise<ApiPrincipal | null> {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!raw) return null;
  // hashed lookup, no string comparison of the secret
  const key = await prisma.apiKey.findUnique({
    where: { keyHash: hashToken(raw) },
    select: { id: true, tenantId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  if (!key.scopes.includes(scope) && !key.scopes.includes("*")) return null;
  void prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  return { tenantId: key.tenantId, keyId: key.id, scopes: key.scopes };
}
