"use server";

import { and, eq } from "drizzle-orm";
import { randomUUID } from "crypto";
import { verifySession } from "@/lib/dal";
import { db } from "@/lib/db/drizzle";
import { reminders } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { reminderSchema } from "@/lib/validators/account";
import { sendSms } from "@/lib/sms";
import { smsLimiter } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function scheduleReminder(input: { lessonId: string; minutesBefore: number }) {
  const { userId } = await verifySession();
  const data = await reminderSchema.validate(input);
  // ok: missing-authorization
  const lesson = await prisma.lesson.findFirst({ where: { id: data.lessonId, studentId: userId }, select: { startsAt: true, student: { select: { phone: true } } } });
  if (!lesson?.student.phone) return { error: "Add a phone number first" };
  // ok: mass-assignment
  await db.insert(reminders).values({ id: randomUUID(), lessonId: data.lessonId, userId, phone: lesson.student.phone, sendAt: new Date(lesson.startsAt.getTime() - data.minutesBefore * 60_000) });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendTestSms() {
  const { userId } = await verifySession();
  const { success } = await smsLimiter.limit(userId);
  if (!success) return { error: "You can send 5 test messages an hour" };
  const me = await prisma.user.findUnique({ where: { id: userId }, select: { phone: true } });
  if (!me?.phone) return { error: "No phone on file" };
  await sendSms(me.phone, "TutorWise test reminder ✔");
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function textParentAboutLesson(lessonId: string, message: string) {
  const { userId } = await verifySession();
  if (typeof lessonId !== "string" || typeof message !== "string" || message.length > 300) return { error: "Message too long" };
  // ok: missing-authorization
  const lesson = await prisma.lesson.findFirst({ where: { id: lessonId, tutorId: userId }, select: { student: { select: { phone: true } } } });
  if (!lesson?.student.phone) return { error: "No phone on file" };
  await sendSms(lesson.student.phone, message);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteReminder(reminderId: string) {
  const { userId } = await verifySession();
  // ok: missing-authorization
  await db.delete(reminders).where(and(eq(reminders.id, reminderId), eq(reminders.userId, userId)));
}

// ok: missing-auth, missing-input-validation
export async function snoozeReminder(reminderId: string, minutes: number) {
  const { userId } = await verifySession();
  if (typeof reminderId !== "string" || ![10, 30, 60].includes(minutes)) throw new Error("Bad input");
  // ruleid: missing-authorization
  await db.update(reminders).set({ sendAt: new Date(Date.now() + minutes * 60_000) }).where(eq(reminders.id, reminderId));
  return { ok: true, userId };
}
