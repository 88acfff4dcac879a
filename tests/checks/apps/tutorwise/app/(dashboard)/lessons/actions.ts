"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient, actionClient, ActionError } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { lessonCreateSchema, lessonUpdateSchema, idSchema } from "@/lib/validators/lesson";
import { isLessonTutor } from "@/lib/auth/guards";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation
export const createLesson = authActionClient.schema(lessonCreateSchema).action(async ({ parsedInput, ctx }) => {
  if (ctx.role !== "TUTOR") throw new ActionError("Only tutors can schedule lessons");
  const lesson = await prisma.lesson.create({
    // ok: mass-assignment
    data: { ...parsedInput, priceCents: 0, tutorId: ctx.userId },
    select: { id: true },
  });
  revalidatePath("/lessons");
  return lesson;
});

// ok: missing-auth, missing-input-validation
export const updateLesson = authActionClient
  .schema(lessonUpdateSchema)
  .action(async ({ parsedInput: { id, ...changes }, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.lesson.update({ where: { id, tutorId: ctx.userId }, data: changes });
    revalidatePath(`/lessons/${id}`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const deleteLesson = authActionClient.schema(idSchema).action(async ({ parsedInput: { id }, ctx }) => {
  if (!(await isLessonTutor(ctx.userId, id))) throw new ActionError("Not your lesson");
  // ok: missing-authorization
  await prisma.lesson.delete({ where: { id } });
  revalidatePath("/lessons");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const cancelLesson = authActionClient.schema(idSchema).action(async ({ parsedInput: { id }, ctx }) => {
  // ruleid: floating-auth-check
  if (!isLessonTutor(ctx.userId, id)) throw new ActionError("Not your lesson");
  // ruleid: missing-authorization
  await prisma.lesson.update({ where: { id }, data: { status: "cancelled" } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const rescheduleLesson = authActionClient
  .schema(z.object({ id: z.string().cuid(), startsAt: z.coerce.date() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization
    await prisma.lesson.update({ where: { id: parsedInput.id }, data: { startsAt: parsedInput.startsAt } });
    return { ok: true, by: ctx.userId };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const emailLessonLink = authActionClient.schema(idSchema).action(async ({ parsedInput: { id }, ctx }) => {
  await rateLimitByKey(`lesson-email:${ctx.userId}`, 5);
  // ok: missing-authorization
  const lesson = await prisma.lesson.findFirst({ where: { id, studentId: ctx.userId }, select: { meetingUrl: true, student: { select: { email: true } } } });
  if (!lesson?.meetingUrl) throw new ActionError("No meeting link yet");
  await sendEmail(lesson.student.email, "Your lesson link", `<a href="${lesson.meetingUrl}">Join</a>`);
  return { sent: true };
});

// ruleid: missing-auth
// ok: missing-input-validation
export const markLessonComplete = actionClient.schema(idSchema).action(async ({ parsedInput: { id } }) => {
  await prisma.lesson.update({ where: { id }, data: { status: "completed" } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const getLesson = authActionClient.schema(idSchema).action(async ({ parsedInput: { id }, ctx }) => {
  // ok: missing-authorization
  const lesson = await prisma.lesson.findFirst({ where: { id, OR: [{ tutorId: ctx.userId }, { studentId: ctx.userId }] } });
  // ruleid: excessive-data-exposure
  return lesson;
});
