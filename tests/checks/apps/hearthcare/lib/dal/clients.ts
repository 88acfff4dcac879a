import { prisma } from "@/lib/db/prisma";

/** Agency-scoped client lookup: always constrained by the caller's agency. */
export async function getClientForAgency(agencyId: string, clientId: string) {
  return prisma.client.findFirst({
    where: { id: clientId, agencyId },
    select: { id: true, fullName: true, address: true, carePlan: true, archived: true },
  });
}

export async function listClientsForAgency(agencyId: string, q?: string) {
  return prisma.client.findMany({
    where: { agencyId, archived: false, ...(q ? { fullName: { contains: q, mode: "insensitive" } } : {}) },
    select: { id: true, fullName: true, address: true },
    orderBy: { fullName: "asc" },
  });
}
