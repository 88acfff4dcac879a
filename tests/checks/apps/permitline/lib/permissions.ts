import "server-only";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth";

// Returns true when the signed-in user filed the permit or works for its contractor.
export async function canEditPermit(userId: string, permitId: string): Promise<boolean> {
  const permit = await prisma.permit.findUnique({ where: { id: permitId }, select: { applicantId: true, contractorId: true } });
  if (!permit) return false;
  if (permit.applicantId === userId) return true;
  if (!permit.contractorId) return false;
  const employee = await prisma.contractorEmployee.findFirst({ where: { contractorId: permit.contractorId, userId } });
  return Boolean(employee);
}

export async function isStaffOf(userId: string, municipalityId: string, roles: string[]): Promise<boolean> {
  const m = await prisma.membership.findUnique({
    where: { userId_municipalityId: { userId, municipalityId } },
    select: { role: true },
  });
  return !!m && roles.includes(m.role);
}

export async function isCaseOfficer(caseId: string): Promise<boolean> {
  const session = await auth();
  if (!session?.user?.id) return false;
  const c = await prisma.enforcementCase.findFirst({ where: { id: caseId, officerId: session.user.id }, select: { id: true } });
  return c !== null;
}

export async function ownsContractor(userId: string, contractorId: string) {
  const c = await prisma.contractor.findFirst({ where: { id: contractorId, ownerId: userId }, select: { id: true } });
  return Boolean(c);
}

export async function assertPermitInMunicipality(permitId: string, municipalityId: string) {
  const permit = await prisma.permit.findFirst({ where: { id: permitId, municipalityId }, select: { id: true } });
  if (!permit) throw new Error("Not found");
  return permit;
}
