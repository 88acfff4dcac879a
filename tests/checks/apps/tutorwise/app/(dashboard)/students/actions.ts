"use server";

import { z } from "zod";
import { requireUser, requireRole } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";
import { sql } from "@/lib/db/sql";

// ok: missing-auth
export async function listMyStudents() {
  const tutor = await requireRole("TUTOR");
  const lessons = await prisma.lesson.findMany({ where: { tutorId: tutor.id }, distinct: ["studentId"], select: { student: { select: { id: true, name: true } } } });
  // ok: excessive-data-exposure
  return lessons.map((l) => l.student);
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function tagStudent(studentId: string, tag: string) {
  // ruleid: floating-auth-check
  requireUser();
  const input = z.object({ studentId: z.string().cuid(), tag: z.string().min(1).max(30) }).parse({ studentId, tag });
  await sql`INSERT INTO student_tags (student_id, tag) VALUES (${input.studentId}, ${input.tag}) ON CONFLICT DO NOTHING`;
  logger.info({ studentId: input.studentId, tag: input.tag }, "student.tagged");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function studentHistory(studentId: string) {
  const tutor = await requireRole("TUTOR");
  const id = z.string().cuid().parse(studentId);
  try {
    // ok: missing-authorization
    const lessons = await prisma.lesson.findMany({ where: { studentId: id, tutorId: tutor.id }, select: { id: true, title: true, startsAt: true, status: true } });
    // ok: excessive-data-exposure
    return { lessons };
  } catch (err) {
    logger.error({ err, studentId: id }, "student.history.failed");
    // ok: information-disclosure
    return { error: "Could not load history" };
  }
}

// ok: missing-auth, missing-input-validation
export async function studentContact(studentId: string) {
  const tutor = await requireRole("TUTOR");
  const id = z.string().cuid().parse(studentId);
  const teaches = await prisma.lesson.findFirst({ where: { studentId: id, tutorId: tutor.id }, select: { id: true } });
  if (!teaches) throw new Error("Not your student");
  // ok: missing-authorization
  const student = await prisma.user.findUnique({ where: { id }, select: { name: true, email: true, phone: true } });
  // ok: excessive-data-exposure
  return student;
}

// ok: missing-auth, missing-input-validation
export async function studentContactAny(studentId: string) {
  const user = await requireUser();
  const id = z.string().cuid().parse(studentId);
  logger.info({ by: user.id, studentId: id }, "student.contact.viewed");
  // ruleid: missing-authorization
  const student = await prisma.user.findUnique({ where: { id }, select: { name: true, email: true, phone: true } });
  return student;
}
