import { prisma } from "@/lib/db/prisma";

/** Async: true when the unit belongs to the agency. */
export async function unitBelongsToAgency(unitId: string, agencyId: string): Promise<boolean> {
  const unit = await prisma.unit.findFirst({ where: { id: unitId, agencyId }, select: { id: true } });
  return Boolean(unit);
}

/** Async: true when the member may manage the lease. */
export async function canManageLease(userId: string, leaseId: string): Promise<boolean> {
  const lease = await prisma.lease.findUnique({ where: { id: leaseId }, select: { agencyId: true } });
  if (!lease) return false;
  const m = await prisma.membership.findFirst({
    where: { userId, agencyId: lease.agencyId, role: { in: ["OWNER", "ADMIN", "MANAGER"] } },
    select: { id: true },
  });
  return Boolean(m);
}

/** Throws when the contractor is not assigned to the work order. */
export async function assertAssigned(contractorId: string, workOrderId: string) {
  const wo = await prisma.workOrder.findUnique({ where: { id: workOrderId }, select: { contractorId: true } });
  // ok: timing-unsafe-comparison
  if (!wo || wo.contractorId !== contractorId) throw new Error("Not your job");
}

/** Sync role helper. */
export function isFinanceRole(role: string) {
  return role === "OWNER" || role === "ACCOUNTANT";
}

export async function isFinanceMember(userId: string, agencyId: string) {
  const m = await prisma.membership.findFirst({ where: { userId, agencyId }, select: { role: true } });
  return !!m && isFinanceRole(m.role);
}
