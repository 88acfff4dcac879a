import "server-only";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

/** Resolves the tenant from the SCIM bearer token (hashed lookup). */
export async function scimTenant(req: Request): Promise<{ id: string } | null> {
  const header = req.headers.get("authorization") ?? "";
  if (!header.startsWith("Bearer ")) return null;
  return prisma.tenant.findFirst({ where: { scimTokenHash: hashToken(header.slice(7)) }, select: { id: true } });
}

export function scimError(status: number, detail: string) {
  return Response.json({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: String(status), detail }, { status });
}
