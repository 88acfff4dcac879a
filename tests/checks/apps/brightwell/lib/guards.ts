import { db } from "@/lib/db";

// Async ownership / role checks: callers must await them.
export async function canManageEvent(userId: string, eventId: string): Promise<boolean> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { schoolId: true } });
  if (!event) return false;
  const m = await db.membership.findUnique({ where: { userId_schoolId: { userId, schoolId: event.schoolId } }, select: { role: true } });
  return m?.role === "pta_admin" || m?.role === "coordinator";
}

export async function isSchoolAdmin(userId: string, schoolId: string): Promise<boolean> {
  const m = await db.membership.findUnique({ where: { userId_schoolId: { userId, schoolId } }, select: { role: true } });
  return m?.role === "pta_admin";
}

export async function ownsSignup(parentId: string, signupId: string): Promise<boolean> {
  const s = await db.shiftSignup.findUnique({ where: { id: signupId }, select: { parentId: true } });
  return s?.parentId === parentId;
}

// Returns an error value instead of throwing.
export async function checkCoordinator(userId: string, schoolId: string) {
  const m = await db.membership.findUnique({ where: { userId_schoolId: { userId, schoolId } }, select: { role: true } });
  if (m?.role !== "coordinator" && m?.role !== "pta_admin") return { error: "Coordinators only" };
  return { ok: true as const };
}

export async function assertEventInSchool(eventId: string, schoolId: string) {
  const e = await db.event.findFirst({ where: { id: eventId, schoolId }, select: { id: true } });
  if (!e) throw new Error("Event not found");
  return e;
}
