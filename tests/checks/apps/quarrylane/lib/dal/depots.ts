import "server-only";
import { prisma } from "@/lib/db/prisma";
import { requireMembership } from "@/lib/auth/membership";
import { auditLog } from "@/lib/audit";

/** Owner-only depot removal; checks membership and writes the audit trail. */
export async function removeDepotForOwner(companyId: string, depotId: string) {
  const { userId } = await requireMembership(companyId, ["owner"]);
  const res = await prisma.depot.deleteMany({ where: { id: depotId, companyId } });
  await auditLog(userId, "depot_removed", depotId);
  return res.count;
}

export async function renameDepot(depotId: string, name: string) {
  return prisma.depot.update({ where: { id: depotId }, data: { name }, select: { id: true, name: true } });
}
