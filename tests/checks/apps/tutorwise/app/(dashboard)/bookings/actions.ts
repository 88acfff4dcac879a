"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { validatedActionWithUser } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";
import { rateLimitByKey } from "@/lib/rate-limit";
import { auth } from "@/auth";

const bookSchema = z.object({
  tutorId: z.string().cuid(),
  subject: z.string().min(2).max(60),
  startsAt: z.coerce.date(),
  durationMin: z.coerce.number().int().refine((n) => [30, 45, 60, 90].includes(n)),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const bookLesson = validatedActionWithUser(bookSchema, async (data, _formData, user) => {
  await rateLimitByKey(`book:${user.id}`, 10);
  const tutor = await prisma.user.findFirst({ where: { id: data.tutorId, role: "TUTOR" }, select: { email: true } });
  if (!tutor) return { error: "Tutor unavailable" };
  // ok: mass-assignment
  const lesson = await prisma.lesson.create({ data: { ...data, title: `${data.subject} lesson`, priceCents: 0, studentId: user.id, status: "pending_tutor" }, select: { id: true } });
  await sendEmail(tutor.email, "New booking request", `<p>${data.subject} on ${data.startsAt.toISOString()}</p>`);
  redirect(`/lessons/${lesson.id}`);
});

const bookForSchema = bookSchema.extend({ studentId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const bookLessonFor = validatedActionWithUser(bookForSchema, async (data, _formData, user) => {
  await rateLimitByKey(`book:${user.id}`, 10);
  // ruleid: mass-assignment
  // ruleid: missing-authorization
  await prisma.lesson.create({ data: { ...data, title: `${data.subject} lesson`, priceCents: 0, status: "pending_tutor" } });
  return { ok: true };
});

const acceptSchema = z.object({ lessonId: z.string().cuid() });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const acceptBooking = validatedActionWithUser(acceptSchema, async ({ lessonId }, _formData, user) => {
  // ok: missing-authorization
  const lesson = await prisma.lesson.update({ where: { id: lessonId, tutorId: user.id }, data: { status: "scheduled" }, select: { student: { select: { phone: true } }, startsAt: true } });
  if (lesson.student.phone) await sendSms(lesson.student.phone, `Your lesson on ${lesson.startsAt.toDateString()} is confirmed.`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const applyDiscount = validatedActionWithUser(z.object({ lessonId: z.string().cuid(), priceCents: z.coerce.number().int().min(0) }), async (data, _fd, user) => {
  if (user.role !== "TUTOR") return { error: "Tutors only" };
  // ok: missing-authorization, mass-assignment
  await prisma.lesson.update({ where: { id: data.lessonId, tutorId: user.id }, data: { priceCents: data.priceCents } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function topUpCredits(amount: number) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  if (typeof amount !== "number" || amount <= 0 || amount > 1000) throw new Error("Bad amount");
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: session.user.id }, data: { credits: { increment: amount } } });
  return { ok: true };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function quickBook(tutorId: string, startsAt: string) {
  const session = await auth();
  const id = z.string().cuid().parse(tutorId);
  const when = z.coerce.date().parse(startsAt);
  // ok: mass-assignment
  await prisma.lesson.create({ data: { title: "Quick lesson", subject: "general", startsAt: when, durationMin: 60, priceCents: 0, tutorId: id, studentId: session?.user?.id as string } });
  return { ok: true };
}
