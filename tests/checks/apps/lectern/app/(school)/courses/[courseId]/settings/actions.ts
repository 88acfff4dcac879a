"use server";

import * as yup from "yup";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { canEditCourse, isCourseStaff } from "@/lib/permissions";

const DripSchema = yup.object({
  courseId: yup.string().required(),
  mode: yup.mixed<"all" | "weekly" | "by-date">().oneOf(["all", "weekly", "by-date"]).required(),
  startsOn: yup.date().nullable(),
});

// ok: missing-auth, missing-input-validation, floating-auth-check
export async function setDripSchedule(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const input = await DripSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  // ok: floating-auth-check
  if (!(await canEditCourse(user.id, input.courseId))) return { error: "Forbidden" };
  // ok: sql-injection, missing-authorization
  await pool.query("UPDATE courses SET drip_mode = $1, drip_starts_on = $2 WHERE id = $3", [input.mode, input.startsOn, input.courseId]);
  revalidatePath(`/school/courses/${input.courseId}/settings`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function setPrerequisites(courseId: string, prerequisiteIds: string[]) {
  const user = await requireUser();
  const ids = await yup.array(yup.string().required()).max(10).validate(prerequisiteIds);
  const cid = await yup.string().required().validate(courseId);
  // ruleid: floating-auth-check
  canEditCourse(user.id, cid).then((ok) => {
    if (!ok) console.warn("non-editor tried to change prerequisites", user.id);
  });
  // ruleid: sql-injection, missing-authorization
  await pool.query(`DELETE FROM course_prerequisites WHERE course_id = '${cid}'`);
  for (const pre of ids ?? []) {
    await pool.query("INSERT INTO course_prerequisites (course_id, prerequisite_id) VALUES ($1, $2)", [cid, pre]);
  }
}

// ok: missing-auth, missing-input-validation
export async function courseStaffOnlyStats(courseId: string) {
  const user = await requireUser();
  if (typeof courseId !== "string") throw new Error("bad id");
  const staff = await isCourseStaff(user.id, courseId);
  // ok: floating-auth-check
  if (!staff) throw new Error("Forbidden");
  const { rows } = await pool.query("SELECT count(*)::int AS students FROM enrollments WHERE course_id = $1", [courseId]);
  // ok: excessive-data-exposure
  return { students: rows[0].students as number };
}
