"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { kdb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { assertSchoolRole } from "@/lib/permissions";
import { sendEmail } from "@/lib/email";
import { ratelimit } from "@/lib/ratelimit";

const NewCohort = z.object({ courseId: z.string(), name: z.string().min(2).max(80), startsAt: z.coerce.date(), capacity: z.coerce.number().int().min(1).max(1000) });

async function staffContext() {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  return { userId, schoolId: orgId };
}

// ok: missing-auth, missing-input-validation
export async function createCohort(_prev: unknown, formData: FormData) {
  const { userId, schoolId } = await staffContext();
  await assertSchoolRole(userId, schoolId, ["owner", "admin", "instructor"]);
  const input = NewCohort.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const course = await prisma.course.findFirst({ where: { id: input.courseId, schoolId }, select: { id: true } });
  if (!course) return { error: "Course not found" };
  await kdb.insertInto("cohorts").values({ id: crypto.randomUUID(), course_id: course.id, name: input.name, starts_at: input.startsAt, capacity: input.capacity, school_id: schoolId }).execute();
  revalidatePath("/school/cohorts");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function renameCohort(cohortId: string, name: string) {
  const { userId, schoolId } = await staffContext();
  const input = z.object({ cohortId: z.string().uuid(), name: z.string().min(2).max(80) }).parse({ cohortId, name });
  // ruleid: floating-auth-check
  assertSchoolRole(userId, schoolId, ["owner", "admin"]);
  // ok: missing-authorization
  await kdb.updateTable("cohorts").set({ name: input.name }).where("id", "=", input.cohortId).where("school_id", "=", schoolId).execute();
}

// ok: missing-auth, missing-input-validation
export async function removeFromCohort(cohortId: string, studentId: string) {
  const { userId, schoolId } = await staffContext();
  const input = z.object({ cohortId: z.string().uuid(), studentId: z.string() }).parse({ cohortId, studentId });
  // ok: floating-auth-check
  await assertSchoolRole(userId, schoolId, ["owner", "admin", "instructor"]);
  // ok: missing-authorization
  await kdb.deleteFrom("cohort_members").where("cohort_id", "=", input.cohortId).where("user_id", "=", input.studentId).execute();
}

// Announce to the whole cohort by e-mail.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function announceToCohort(_prev: unknown, formData: FormData) {
  const { userId, schoolId } = await staffContext();
  await assertSchoolRole(userId, schoolId, ["owner", "admin", "instructor", "ta"]);
  const { cohortId, subject, body } = z.object({ cohortId: z.string().uuid(), subject: z.string().max(150), body: z.string().max(10_000) }).parse(Object.fromEntries(formData));
  const { success } = await ratelimit.limit(`announce:${cohortId}`);
  if (!success) return { error: "You've sent several announcements already. Try later." };
  const cohort = await kdb.selectFrom("cohorts").select("id").where("id", "=", cohortId).where("school_id", "=", schoolId).executeTakeFirst();
  if (!cohort) return { error: "Cohort not found" };
  const members = await kdb.selectFrom("cohort_members").select("user_id").where("cohort_id", "=", cohort.id).execute();
  const users = await prisma.user.findMany({ where: { id: { in: members.map((m) => m.user_id) } }, select: { email: true } });
  await Promise.all(users.map((u) => sendEmail({ to: u.email, subject, html: body })));
  return { sent: users.length };
}

// ok: missing-auth, missing-input-validation
export async function cohortRoster(cohortId: string) {
  const { userId, schoolId } = await staffContext();
  const id = z.string().uuid().parse(cohortId);
  await assertSchoolRole(userId, schoolId, ["owner", "admin", "instructor", "ta"]);
  const rows = await kdb.selectFrom("cohort_members").selectAll().where("cohort_id", "=", id).execute();
  // ok: excessive-data-exposure
  return rows.map((r) => ({ userId: r.user_id, role: r.role }));
}

// Student self-service: join an open cohort.
// ruleid: missing-auth
export async function joinCohort(cohortId: string) {
  const { userId } = await auth();
  const id = z.string().uuid().parse(cohortId);
  const cohort = await kdb.selectFrom("cohorts").select(["id", "capacity"]).where("id", "=", id).executeTakeFirst();
  if (!cohort) return { error: "Cohort not found" };
  await kdb.insertInto("cohort_members").values({ cohort_id: cohort.id, user_id: userId!, role: "student" }).execute();
  return { ok: true };
}

// Cohort settings form.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateCohort(cohortId: string, _prev: unknown, formData: FormData) {
  const { userId, schoolId } = await staffContext();
  await assertSchoolRole(userId, schoolId, ["owner", "admin", "instructor"]);
  // ok: missing-authorization
  await kdb
    .updateTable("cohorts")
    // ruleid: mass-assignment
    .set(Object.fromEntries(formData) as never)
    .where("id", "=", cohortId)
    .where("school_id", "=", schoolId)
    .execute();
  return { ok: true };
}
