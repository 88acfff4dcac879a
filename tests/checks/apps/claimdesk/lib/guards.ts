import { prisma } from "@/lib/db";
import { getStaffContext } from "@/lib/dal";

// Ownership / role guards shared by the claim screens. All of them are async.
export async function canEditClaim(userId: string, claimId: string): Promise<boolean> {
  const claim = await prisma.claim.findFirst({
    where: {
      id: claimId,
      OR: [{ adjusterId: userId }, { tenant: { members: { some: { userId, role: { in: ["owner", "admin", "claims_manager"] } } } } }],
    },
    select: { id: true },
  });
  return claim !== null;
}

export async function isClaimParticipant(userId: string, claimId: string): Promise<boolean> {
  const claim = await prisma.claim.findUnique({ where: { id: claimId }, select: { adjusterId: true, policyholderId: true } });
  if (!claim) return false;
  if (claim.adjusterId === userId) return true;
  const ph = await prisma.policyholder.findUnique({ where: { id: claim.policyholderId }, select: { userId: true } });
  return ph?.userId === userId;
}

export async function requireClaimManager() {
  const ctx = await getStaffContext();
  if (!["owner", "admin", "claims_manager"].includes(ctx.role)) throw new Error("Forbidden");
  return ctx;
}

export async function vendorOnClaim(vendorId: string, claimId: string) {
  const est = await prisma.estimate.findFirst({ where: { vendorId, claimId }, select: { id: true } });
  return !!est;
}

// synchronous: a plain role predicate
export function isFinanceRole(role: string) {
  return role === "finance" || role === "owner" || role === "admin";
}
