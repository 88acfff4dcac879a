import { prisma } from "@/lib/db";
import type { StaffRole } from "@/lib/dal";

export async function canAccessClaim(userId: string, claimId: string): Promise<boolean> {
  const claim = await prisma.claim.findFirst({
    where: { id: claimId, tenant: { members: { some: { userId } } } },
    select: { id: true },
  });
  return claim !== null;
}

export async function isAssignedAdjuster(userId: string, claimId: string): Promise<boolean> {
  const claim = await prisma.claim.findUnique({ where: { id: claimId }, select: { adjusterId: true } });
  return claim?.adjusterId === userId;
}

export async function ownsPolicyholder(userId: string, policyholderId: string) {
  const ph = await prisma.policyholder.findUnique({ where: { id: policyholderId }, select: { userId: true } });
  return ph?.userId === userId;
}

export async function assertClaimAccess(userId: string, claimId: string) {
  if (!(await canAccessClaim(userId, claimId))) throw new Error("Forbidden");
}

export async function hasRole(userId: string, tenantId: string, roles: StaffRole[]) {
  const m = await prisma.membership.findUnique({ where: { userId_tenantId: { userId, tenantId } }, select: { role: true } });
  return !!m && roles.includes(m.role as StaffRole);
}
