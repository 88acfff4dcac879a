import { prisma } from "@/lib/db/prisma";
import { verifySession, type StaffSession } from "@/lib/dal";

export const BILLING_ROLES = ["OWNER", "MANAGING_PARTNER", "BILLING_CLERK"];
export const ADMIN_ROLES = ["OWNER", "MANAGING_PARTNER", "IT_ADMIN"];
export const LAWYER_ROLES = ["OWNER", "MANAGING_PARTNER", "PARTNER", "ASSOCIATE"];

export async function requireRole(roles: string[]): Promise<StaffSession> {
  const session = await verifySession();
  if (!roles.includes(session.role)) {
    throw new Error("Forbidden");
  }
  return session;
}

// True when the matter belongs to the user's firm and the user is not behind an ethical wall.
export async function canAccessMatter(session: StaffSession, matterId: string): Promise<boolean> {
  const matter = await prisma.matter.findFirst({
    where: { id: matterId, firmId: session.firmId, walls: { none: { userId: session.userId } } },
    select: { id: true },
  });
  return matter !== null;
}

export async function assertMatterAccess(session: StaffSession, matterId: string) {
  if (!(await canAccessMatter(session, matterId))) {
    throw new Error("Matter not found");
  }
}

export async function isLeadAttorney(userId: string, matterId: string) {
  const matter = await prisma.matter.findUnique({ where: { id: matterId }, select: { leadAttorneyId: true } });
  return matter?.leadAttorneyId === userId;
}

export async function canApproveExpense(session: StaffSession, expenseOwnerId: string) {
  if (session.userId === expenseOwnerId) return false;
  return ["OWNER", "MANAGING_PARTNER", "PARTNER", "BILLING_CLERK"].includes(session.role);
}
