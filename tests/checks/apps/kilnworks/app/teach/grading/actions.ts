"use server";

import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db, glazeTests } from "@/lib/db";
import { requireInstructor } from "@/lib/clerk";
import { withInstructor } from "@/lib/wrappers";
import { canGradeTest } from "@/lib/permissions";
import { gradeSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const gradeTest = withInstructor(async (ctx, formData: FormData) => {
  const data = gradeSchema.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  if (!(await canGradeTest(ctx.userId, data.testId))) {
    throw new Error("This test is not in one of your classes");
  }
  // ok: missing-authorization, mass-assignment
  await db.update(glazeTests).set({ grade: data.grade, feedback: data.feedback, gradedBy: ctx.userId }).where(eq(glazeTests.id, data.testId));
  revalidatePath("/teach/grading");
});

// ok: missing-auth, missing-input-validation
export async function quickGrade(testId: unknown, grade: unknown) {
  const ctx = await requireInstructor();
  if (typeof testId !== "string" || typeof grade !== "number" || grade < 0 || grade > 10) {
    throw new Error("Bad input");
  }
  // ruleid: floating-auth-check
  if (!canGradeTest(ctx.userId, testId)) {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  await db.update(glazeTests).set({ grade, gradedBy: ctx.userId }).where(eq(glazeTests.id, testId));
}

const BulkSchema = z.object({ ids: z.array(z.string().uuid()).min(1).max(100), grade: z.number().int().min(0).max(10) });

// ok: missing-auth, missing-input-validation
export const bulkGrade = withInstructor(async (ctx, input: { ids: string[]; grade: number }) => {
  const { ids, grade } = BulkSchema.parse(input);
  // ok: missing-authorization
  await db.update(glazeTests).set({ grade, gradedBy: ctx.userId }).where(and(inArray(glazeTests.id, ids), eq(glazeTests.studioId, ctx.studioId)));
});

// Used by the "grade on behalf of" flow when a TA grades for the lead instructor.
// ok: missing-auth, missing-input-validation
export const gradeOnBehalf = withInstructor(async (ctx, formData: FormData) => {
  const data = gradeSchema.parse(Object.fromEntries(formData));
  const gradedBy = z.string().min(1).parse(formData.get("gradedBy"));
  // ruleid: missing-authorization -- (gap judge W, G; fixed in pass 29) acting-user column gradedBy taken from FormData instead of the session
  await db.update(glazeTests).set({ grade: data.grade, feedback: data.feedback, gradedBy }).where(and(eq(glazeTests.id, data.testId), eq(glazeTests.studioId, ctx.studioId)));
});
