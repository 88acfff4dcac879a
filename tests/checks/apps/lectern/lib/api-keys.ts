import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";
import { checkRateLimit } from "@/lib/ratelimit";

export type ApiPrincipal = { keyId: string; schoolId: string; scopes: string[] };

/** Bearer API key -> principal. Keys are stored hashed; lookup is by hash. */
export async function authenticateApiKey(req: Request, scope: string): Promise<ApiPrincipal | null> {
  const raw = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!raw) return null;
  const key = await prisma.apiKey.findUnique({
    // ok: timing-unsafe-comparison
    where: { hashedKey: sha256(raw) },
    select: { id: true, schoolId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  if (!key.scopes.includes(scope)) return null;
  const { allowed } = await checkRateLimit(`apikey:${key.id}`);
  if (!allowed) return null;
  return { keyId: key.id, schoolId: key.schoolId, scopes: key.scopes };
}
