import { prisma } from "@/lib/db/prisma";

export type StaffRole = "owner" | "admin" | "instructor" | "ta" | "support" | "finance";

export async function getMembership(userId: string, schoolId: string) {
  return prisma.membership.findFirst({ where: { userId, schoolId }, select: { role: true } });
}

/** Resolves to true when the user may edit the course (owner/admin of the school or the course instructor). */
export async function canEditCourse(userId: string, courseId: string) {
  const course = await prisma.course.findUnique({ where: { id: courseId }, select: { schoolId: true, instructorId: true } });
  if (!course) return false;
  if (course.instructorId === userId) return true;
  const m = await getMembership(userId, course.schoolId);
  return m?.role === "owner" || m?.role === "admin";
}

export async function isCourseStaff(userId: string, courseId: string) {
  const course = await prisma.course.findUnique({ where: { id: courseId }, select: { schoolId: true } });
  if (!course) return false;
  const m = await getMembership(userId, course.schoolId);
  return !!m && ["owner", "admin", "instructor", "ta"].includes(m.role);
}

export async function isEnrolled(userId: string, courseId: string) {
  const e = await prisma.enrollment.findFirst({ where: { userId, courseId, status: "active" }, select: { id: true } });
  return !!e;
}

/** Throws unless the user holds one of the roles in the school. */
export async function assertSchoolRole(userId: string, schoolId: string, roles: StaffRole[]) {
  const m = await getMembership(userId, schoolId);
  if (!m || !roles.includes(m.role as StaffRole)) throw new Error("FORBIDDEN");
  return m.role as StaffRole;
}
