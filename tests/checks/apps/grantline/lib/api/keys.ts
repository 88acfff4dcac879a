import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

export type ApiKeyCtx = { keyId: string; foundationId: string; scopes: string[] };

/** Hashed-key lookup: the raw key never hits the database. */
export async function verifyApiKey(req: Request, scope: string): Promise<ApiKeyCtx | null> {
  const header = req.headers.get("authorization") ?? "";
  if (!header.startsWith("Bearer gl_")) return null;
  const keyHash = sha256(header.slice(7));
  const key = await prisma.apiKey.findUnique({
    where: { keyHash },
    select: { id: true, foundationId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt || !key.scopes.includes(scope)) return null;
  return { keyId: key.id, foundationId: key.foundationId, scopes: key.scopes };
}
