import "server-only";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

export type ApiPrincipal = { tokenId: string; orgId: string; userId: string; scopes: string[] };

/** REST API bearer auth: tokens are stored hashed and looked up by hash. */
export async function authenticateApiToken(req: Request): Promise<ApiPrincipal | null> {
  const header = req.headers.get("authorization") ?? "";
  if (!header.startsWith("Bearer fp_")) return null;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(header.slice(7)) },
    select: { id: true, orgId: true, userId: true, scopes: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  return { tokenId: row.id, orgId: row.orgId, userId: row.userId, scopes: row.scopes };
}

/** Pre-2024 tokens were stored with a per-org pepper; compared in code. */
export async function verifyLegacyToken(orgId: string, presented: string): Promise<boolean> {
  const org = await prisma.organization.findUnique({ where: { id: orgId }, select: { id: true } });
  if (!org) return false;
  const legacy = await prisma.apiToken.findFirst({
    where: { orgId, name: "legacy" },
    select: { tokenHash: true },
  });
  // ruleid: timing-unsafe-comparison
  return legacy?.tokenHash === hashToken(`${orgId}:${presented}`);
}

export function hasScope(principal: ApiPrincipal, scope: string) {
  return principal.scopes.includes(scope) || principal.scopes.includes("*");
}
