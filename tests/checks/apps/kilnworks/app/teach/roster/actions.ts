"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, classes, enrollments, users } from "@/lib/db";
import { withInstructor } from "@/lib/wrappers";
import { requireInstructor } from "@/lib/clerk";
import { sendMail } from "@/lib/mailer";
import { idSchema } from "@/lib/validation/schemas";

async function classInStudio(classId: string, studioId: string) {
  const c = await db.query.classes.findFirst({ where: and(eq(classes.id, classId), eq(classes.studioId, studioId)), columns: { id: true, title: true } });
  if (!c) throw new Error("Class not found");
  return c;
}

// ok: missing-auth, missing-input-validation
export const enrollStudent = withInstructor(async (ctx, classId: string, email: string) => {
  const id = idSchema.parse(classId);
  const addr = z.string().email().parse(email);
  await classInStudio(id, ctx.studioId);
  const student = await db.query.users.findFirst({ where: eq(users.email, addr), columns: { id: true } });
  if (!student) return { error: "Ask them to create an account first" };
  // ok: missing-authorization, mass-assignment
  await db.insert(enrollments).values({ classId: id, userId: student.id });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const exportRoster = withInstructor(async (ctx, classId: string) => {
  const id = idSchema.parse(classId);
  await classInStudio(id, ctx.studioId);
  const rows = await db.select().from(users).innerJoin(enrollments, eq(enrollments.userId, users.id)).where(eq(enrollments.classId, id));
  // ruleid: excessive-data-exposure
  return rows;
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function emailRoster(classId: string, subject: string, message: string) {
  const ctx = await requireInstructor();
  const id = idSchema.parse(classId);
  const body = z.object({ subject: z.string().min(1).max(120), message: z.string().min(1).max(5000) }).parse({ subject, message });
  const cls = await classInStudio(id, ctx.studioId);
  const recipients = await db
    .select({ email: users.email })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(eq(enrollments.classId, cls.id));
  for (const r of recipients) {
    await sendMail({ to: r.email, subject: body.subject, html: `<p>${body.message}</p>` });
  }
  return { sent: recipients.length };
}

// ok: missing-auth, missing-input-validation
export const removeStudent = withInstructor(async (ctx, classId: string, enrollmentId: string) => {
  const id = idSchema.parse(classId);
  const enrollment = idSchema.parse(enrollmentId);
  // ruleid: floating-auth-check -- (gap judge W, H; fixed in pass 29) async throwing tenant guard without a guard verb in its name, called bare
  classInStudio(id, ctx.studioId);
  // ruleid: missing-authorization
  await db.delete(enrollments).where(eq(enrollments.id, enrollment));
});

// Mailing-list export for the class newsletter tool.
// ruleid: missing-auth
// ok: missing-input-validation
export async function rosterEmails(classId: string) {
  const id = idSchema.parse(classId);
  const rows = await db.select({ email: users.email, name: users.name }).from(enrollments).innerJoin(users, eq(users.id, enrollments.userId)).where(eq(enrollments.classId, id));
  // ok: excessive-data-exposure
  return rows;
}
