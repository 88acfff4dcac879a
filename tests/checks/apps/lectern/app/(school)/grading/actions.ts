"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { authedProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { loadSubmissionForStaff } from "@/services/grading";
import { isCourseStaff } from "@/lib/permissions";
import { validateRequest } from "@/lib/lucia";

const Grade = z.object({ submissionId: z.string(), grade: z.number().int().min(0).max(100), feedback: z.string().max(5000).optional() });

// ok: missing-auth, missing-input-validation
export const gradeSubmission = authedProcedure
  .createServerAction()
  .input(Grade)
  .handler(async ({ input, ctx }) => {
    const sub = await loadSubmissionForStaff(input.submissionId, ctx.user.id);
    if (!sub) throw new Error("Not found");
    // ok: missing-authorization
    await prisma.submission.update({ where: { id: sub.id }, data: { grade: input.grade, privateFeedback: input.feedback, status: "graded" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const bulkGrade = authedProcedure
  .createServerAction()
  .input(z.object({ courseId: z.string(), grades: z.array(Grade).max(200) }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    const staff = await isCourseStaff(ctx.user.id, input.courseId);
    if (!staff) throw new Error("Forbidden");
    // ok: missing-authorization
    await Promise.all(input.grades.map((g) => prisma.submission.update({ where: { id: g.submissionId }, data: { grade: g.grade, status: "graded" } })));
    return { count: input.grades.length };
  });

// ok: missing-auth, missing-input-validation
export const setGradeFromPayload = authedProcedure
  .createServerAction()
  .input(z.object({ submissionId: z.string(), patch: z.record(z.string(), z.unknown()) }))
  .handler(async ({ input, ctx }) => {
    const sub = await loadSubmissionForStaff(input.submissionId, ctx.user.id);
    if (!sub) throw new Error("Not found");
    // ruleid: mass-assignment
    await prisma.submission.update({ where: { id: sub.id }, data: input.patch });
  });

// ruleid: missing-auth
export const reopenSubmission = createServerAction()
  .input(z.object({ submissionId: z.string() }))
  .handler(async ({ input }) => {
    const { user } = await validateRequest();
    await prisma.submission.update({ where: { id: input.submissionId }, data: { status: "reopened", grade: null } });
    return { by: user?.id };
  });

// Student view of feedback.
// ok: missing-auth, missing-input-validation
export const myFeedback = authedProcedure
  .createServerAction()
  .input(z.object({ submissionId: z.string() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const sub = await prisma.submission.findFirst({ where: { id: input.submissionId, userId: ctx.user.id } });
    if (!sub) throw new Error("Not found");
    // ruleid: excessive-data-exposure
    return sub;
  });
