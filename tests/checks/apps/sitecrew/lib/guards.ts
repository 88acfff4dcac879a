import "server-only";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession, type StaffSession } from "@/lib/dal";
import { id, type StaffRole } from "@/lib/validation";

export async function requireRole(roles: readonly StaffRole[]): Promise<StaffSession> {
  const s = await verifySession();
  if (!roles.includes(s.role as StaffRole)) throw new Error("Forbidden");
  return s;
}

export async function requireSuperAdmin(): Promise<StaffSession> {
  const s = await verifySession();
  if (!s.isSuperAdmin) redirect("/");
  return s;
}

/** Does NOT validate its arguments; callers must pass parsed ids. */
export async function isProjectMember(userId: string, projectId: string): Promise<boolean> {
  const m = await prisma.projectMember.findFirst({ where: { userId, projectId }, select: { id: true } });
  return m !== null;
}

/** Validates the project id itself and throws when the user is not on the project. */
export async function assertProjectAccess(userId: string, projectId: unknown): Promise<string> {
  const pid = id.parse(projectId);
  const m = await prisma.projectMember.findFirst({ where: { userId, projectId: pid }, select: { id: true } });
  if (!m) throw new Error("Forbidden");
  return pid;
}

export async function canManageBudget(userId: string, projectId: string): Promise<boolean> {
  const m = await prisma.projectMember.findFirst({
    where: { userId, projectId, role: { in: ["PROJECT_MANAGER", "PROJECT_EXECUTIVE"] } },
    select: { id: true },
  });
  return Boolean(m);
}

export async function isBallInCourt(userId: string, rfiId: string): Promise<boolean> {
  const rfi = await prisma.rfi.findUnique({ where: { id: rfiId }, select: { ballInCourtId: true } });
  return rfi?.ballInCourtId === userId;
}

export async function canApproveTimesheet(userId: string, timesheetId: string): Promise<boolean> {
  const ts = await prisma.timesheet.findUnique({ where: { id: timesheetId }, select: { projectId: true } });
  if (!ts) return false;
  const m = await prisma.projectMember.findFirst({
    where: { userId, projectId: ts.projectId, role: { in: ["SUPERINTENDENT", "PROJECT_MANAGER"] } },
    select: { id: true },
  });
  return m !== null;
}

export async function ownsSubcontractor(userId: string, subcontractorId: string): Promise<boolean> {
  const link = await prisma.membership.findFirst({ where: { userId, tenantId: subcontractorId }, select: { id: true } });
  return !!link;
}
