import "server-only";
import { and, eq } from "drizzle-orm";
import { db, firings, memberships, glazeTests, classes, studios } from "@/lib/db";

// All of these hit the database and are async.
export async function isStudioOwner(userId: string, studioId: string) {
  const row = await db.query.studios.findFirst({ where: and(eq(studios.id, studioId), eq(studios.ownerId, userId)), columns: { id: true } });
  return Boolean(row);
}

export async function canManageStudio(userId: string, studioId: string) {
  const m = await db.query.memberships.findFirst({
    where: and(eq(memberships.studioId, studioId), eq(memberships.userId, userId)),
    columns: { role: true },
  });
  return m?.role === "owner" || m?.role === "manager";
}

export async function canEditFiring(userId: string, firingId: string) {
  const f = await db.query.firings.findFirst({ where: eq(firings.id, firingId), columns: { userId: true, studioId: true } });
  if (!f) return false;
  if (f.userId === userId) return true;
  return canManageStudio(userId, f.studioId);
}

export async function canGradeTest(instructorId: string, testId: string) {
  const t = await db
    .select({ id: glazeTests.id })
    .from(glazeTests)
    .innerJoin(classes, eq(classes.id, glazeTests.classId))
    .where(and(eq(glazeTests.id, testId), eq(classes.instructorId, instructorId)));
  return t.length > 0;
}

export async function assertFiringOwner(userId: string, firingId: string) {
  if (!(await canEditFiring(userId, firingId))) {
    throw new Error("Forbidden");
  }
}
