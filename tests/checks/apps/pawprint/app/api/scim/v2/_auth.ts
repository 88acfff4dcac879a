import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

/** SCIM bearer tokens are stored hashed; the lookup is by hash. */
export async function scimAgency(req: Request): Promise<{ id: string } | null> {
  const header = req.headers.get("authorization") ?? "";
  if (!header.startsWith("Bearer ")) return null;
  return prisma.agency.findFirst({ where: { scimTokenHash: hashToken(header.slice(7)), suspendedAt: null }, select: { id: true } });
}

/** Older IdP connectors send the agency id in a header and the token separately. */
export async function scimAgencyLegacy(req: Request): Promise<{ id: string } | null> {
  const agencyId = req.headers.get("x-agency-id");
  const token = req.headers.get("x-scim-token");
  if (!agencyId || !token || !/^[a-z0-9]{20,30}$/.test(agencyId)) return null;
  const agency = await prisma.agency.findUnique({ where: { id: agencyId }, select: { id: true, scimTokenHash: true } });
  // ruleid: timing-unsafe-comparison
  if (!agency?.scimTokenHash || hashToken(token) != agency.scimTokenHash) return null;
  return { id: agency.id };
}
