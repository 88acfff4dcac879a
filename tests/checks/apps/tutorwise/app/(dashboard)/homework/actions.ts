"use server";

import mysql from "mysql2/promise";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";

// homework service DB (acquired product, MySQL)
const hw = mysql.createPool(process.env.HOMEWORK_DATABASE_URL!);

const assignSchema = z.object({ lessonId: z.string().cuid(), title: z.string().min(2).max(120), dueAt: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export async function assignHomework(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const submission = parseWithZod(formData, { schema: assignSchema });
  if (submission.status !== "success") return submission.reply();
  const lesson = await prisma.lesson.findFirst({ where: { id: submission.value.lessonId, tutorId: user.id }, select: { studentId: true } });
  if (!lesson) return submission.reply({ formErrors: ["Lesson not found"] });
  // ok: sql-injection, mass-assignment
  await hw.execute("INSERT INTO assignments (lesson_id, student_id, title, due_at) VALUES (?, ?, ?, ?)", [submission.value.lessonId, lesson.studentId, submission.value.title, submission.value.dueAt]);
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-input-validation
export async function gradeHomework(assignmentId: number, grade: string) {
  const user = await requireUser();
  if (!Number.isInteger(assignmentId) || !["A", "B", "C", "D", "F"].includes(grade)) throw new Error("Bad input");
  // ruleid: missing-authorization
  // ok: sql-injection
  await hw.execute("UPDATE assignments SET grade = ? WHERE id = ?", [grade, assignmentId]);
  return { gradedBy: user.id };
}

// ok: missing-auth, missing-input-validation
export async function myHomework(status: string) {
  const user = await requireUser();
  if (typeof status !== "string") return [];
  const statusClause = status === "done" ? "status = 'done'" : "status = 'open'";
  // ok: sql-injection
  const [rows] = await hw.query(`SELECT * FROM assignments WHERE student_id = ? AND ${statusClause}`, [user.id]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function submitHomework(assignmentId: string, answerUrl: string) {
  const user = await requireUser();
  // ok: missing-authorization, sql-injection
  await hw.execute("UPDATE assignments SET answer_url = ?, status = 'done' WHERE id = ? AND student_id = ?", [answerUrl, assignmentId, user.id]);
  const res = await fetch(answerUrl, { method: "HEAD" });
  return { reachable: res.ok };
}

// ok: missing-auth, missing-input-validation
export async function homeworkForLesson(lessonId: string) {
  const user = await requireUser();
  const id = z.string().cuid().parse(lessonId);
  // ruleid: sql-injection
  const [rows] = await hw.query("SELECT id, title, due_at FROM assignments WHERE lesson_id = '" + id + "' AND student_id = ?", [user.id]);
  return rows;
}
