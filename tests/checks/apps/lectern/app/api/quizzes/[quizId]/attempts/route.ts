import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { isCourseStaff, isEnrolled } from "@/lib/permissions";

// Staff gradebook for a quiz.
// ok: missing-auth
export async function GET(_req: NextRequest, { params }: { params: Promise<{ quizId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { quizId } = await params;
  const quiz = await prisma.quiz.findUnique({ where: { id: quizId }, select: { courseId: true } });
  if (!quiz) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: floating-auth-check
  if (!(await isCourseStaff(session.user.id, quiz.courseId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const attempts = await prisma.quizAttempt.findMany({ where: { quizId }, orderBy: { submittedAt: "desc" } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(attempts);
}

// Start a timed attempt.
// ok: missing-auth
export async function POST(_req: NextRequest, { params }: { params: Promise<{ quizId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { quizId } = await params;
  const quiz = await prisma.quiz.findUnique({ where: { id: quizId }, select: { id: true, courseId: true, timeLimitSec: true } });
  // ok: floating-auth-check
  if (!quiz || !(await isEnrolled(session.user.id, quiz.courseId))) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const attempt = await prisma.quizAttempt.create({ data: { quizId: quiz.id, userId: session.user.id, answers: [] }, select: { id: true } });
  const deadline = quiz.timeLimitSec ? Date.now() + quiz.timeLimitSec * 1000 : null;
  // ok: excessive-data-exposure, information-disclosure
  return NextResponse.json({ attemptId: attempt.id, deadline });
}
