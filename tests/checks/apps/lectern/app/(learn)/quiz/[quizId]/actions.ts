"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { isCourseStaff, isEnrolled } from "@/lib/permissions";

// Loads the quiz for the attempt screen.
// ok: missing-auth, missing-input-validation
export async function getQuizForAttempt(quizId: string) {
  const user = await requireUser();
  const id = z.string().cuid().parse(quizId);
  const quiz = await prisma.quiz.findUnique({ where: { id } });
  if (!quiz || !(await isEnrolled(user.id, quiz.courseId))) throw new Error("Not found");
  // ruleid: excessive-data-exposure
  return quiz;
}

// ok: missing-auth, missing-input-validation
export async function getQuizForAttemptSafe(quizId: string) {
  const user = await requireUser();
  const id = z.string().cuid().parse(quizId);
  const quiz = await prisma.quiz.findUnique({ where: { id }, select: { id: true, title: true, courseId: true, timeLimitSec: true } });
  if (!quiz) throw new Error("Not found");
  // ok: floating-auth-check
  if (!(await isEnrolled(user.id, quiz.courseId))) throw new Error("Not found");
  // ok: excessive-data-exposure
  return quiz;
}

const Answers = z.object({ quizId: z.string().cuid(), answers: z.array(z.number().int()).max(200) });

// ok: missing-auth
// ruleid: missing-input-validation
export async function submitAttempt(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const { quizId, answers } = Answers.parse({ quizId: formData.get("quizId"), answers: JSON.parse(String(formData.get("answers") ?? "[]")) });
  const quiz = await prisma.quiz.findUnique({ where: { id: quizId }, select: { answerKey: true, courseId: true, timeLimitSec: true } });
  // ruleid: floating-auth-check
  if (!quiz || !isEnrolled(user.id, quiz.courseId)) return { error: "Not enrolled" };
  const key = quiz.answerKey as number[];
  const score = answers.reduce((acc, a, i) => acc + (a === key[i] ? 1 : 0), 0);
  await prisma.quizAttempt.create({
    data: {
      quizId,
      // ruleid: mass-assignment
      // ruleid: missing-authorization -- (anchor moved in pass 27 from the call line) on the client's value, as every owner-from-client finding
      userId: String(formData.get("userId") ?? user.id),
      answers,
      score,
      submittedAt: new Date(),
    },
  });
  // ok: excessive-data-exposure
  return { score, total: key.length };
}

// ok: missing-auth, missing-input-validation
export async function myAttempts(quizId: string) {
  const user = await requireUser();
  const id = z.string().cuid().parse(quizId);
  // ok: missing-authorization
  const attempts = await prisma.quizAttempt.findMany({ where: { quizId: id, userId: user.id }, select: { id: true, score: true, submittedAt: true } });
  // ok: excessive-data-exposure
  return attempts;
}

// ok: missing-auth, missing-input-validation
export async function attemptReview(attemptId: string) {
  const user = await requireUser();
  const id = z.string().cuid().parse(attemptId);
  // ruleid: missing-authorization
  const attempt = await prisma.quizAttempt.findUnique({ where: { id }, select: { answers: true, score: true, quizId: true } });
  // ok: excessive-data-exposure
  return attempt ? { ...attempt, viewer: user.id } : null;
}

// Instructor: let a student retake a quiz.
// ok: missing-auth, missing-input-validation
export async function resetAttempts(quizId: string, studentId: string) {
  const user = await requireUser();
  const input = z.object({ quizId: z.string().cuid(), studentId: z.string().cuid() }).parse({ quizId, studentId });
  const quiz = await prisma.quiz.findUnique({ where: { id: input.quizId }, select: { courseId: true } });
  // ruleid: floating-auth-check
  if (quiz && isCourseStaff(user.id, quiz.courseId)) {
    // ruleid: missing-authorization
    await prisma.quizAttempt.deleteMany({ where: { quizId: input.quizId, userId: input.studentId } });
  }
}
