import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/crypto";

export type ScimTenant = { id: string };

// SCIM bearer tokens are stored hashed; the lookup is by hash, never a string comparison
export async function authenticateScim(req: Request): Promise<ScimTenant | null> {
  const raw = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!raw) return null;
  const tenant = await prisma.tenant.findFirst({ where: { scimTokenHash: sha256(raw) }, select: { id: true } });
  return tenant;
}

export function scimError(status: number, detail: string) {
  return Response.json({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: String(status), detail }, { status });
}
