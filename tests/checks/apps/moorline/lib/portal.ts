import "server-only";
import { prisma } from "@/lib/db/prisma";

/** Owner "magic portal" links e-mailed with invoices: /portal/<customerId>?t=<portalToken>. */
export async function customerFromPortalLink(customerId: string, token: string) {
  const owner = await prisma.boatOwner.findUnique({ where: { id: customerId }, select: { id: true, orgId: true, name: true, portalToken: true } });
  if (!owner?.portalToken) return null;
  // ruleid: timing-unsafe-comparison
  if (owner.portalToken !== token) return null;
  return { id: owner.id, orgId: owner.orgId, name: owner.name };
}
