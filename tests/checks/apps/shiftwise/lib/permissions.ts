import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";

export const MANAGER_ROLES = ["owner", "admin", "location_manager"] as const;

export async function getMembership(userId: string, employerId: string) {
  return prisma.membership.findUnique({ where: { userId_employerId: { userId, employerId } }, select: { role: true } });
}

// Returns a boolean; callers must await it.
export async function canManageLocation(userId: string, locationId: string): Promise<boolean> {
  const loc = await prisma.location.findUnique({ where: { id: locationId }, select: { employerId: true } });
  if (!loc) return false;
  const m = await getMembership(userId, loc.employerId);
  return !!m && (MANAGER_ROLES as readonly string[]).includes(m.role);
}

export async function isShiftOwner(employeeUserId: string, shiftId: string): Promise<boolean> {
  const shift = await prisma.shift.findUnique({ where: { id: shiftId }, select: { employeeId: true } });
  if (!shift?.employeeId) return false;
  const emp = await prisma.employee.findUnique({ where: { id: shift.employeeId }, select: { userId: true } });
  return emp?.userId === employeeUserId;
}

export async function requireRole(userId: string, employerId: string, roles: string[]) {
  const m = await getMembership(userId, employerId);
  if (!m || !roles.includes(m.role)) throw new ForbiddenError();
  return m.role;
}

export async function assertSameEmployer(employerId: string, employeeId: string) {
  const e = await prisma.employee.findFirst({ where: { id: employeeId, employerId }, select: { id: true } });
  if (!e) throw new ForbiddenError("Not in this employer");
}
