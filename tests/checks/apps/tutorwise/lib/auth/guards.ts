import "server-only";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

export async function requireUser() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  return { id: session.user.id, role: (session.user as { role?: string }).role ?? "STUDENT" };
}

export async function requireRole(...roles: string[]) {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new Error("Forbidden");
  return user;
}

// returns an error value instead of throwing — callers must check it
export async function getTutorOrError() {
  const session = await auth();
  if (!session?.user) return { error: "Not signed in" as const, tutor: null };
  const role = (session.user as { role?: string }).role;
  if (role !== "TUTOR") return { error: "Tutors only" as const, tutor: null };
  return { error: null, tutor: { id: session.user.id! } };
}

export async function isLessonTutor(userId: string, lessonId: string) {
  const lesson = await prisma.lesson.findUnique({ where: { id: lessonId }, select: { tutorId: true } });
  return lesson?.tutorId === userId;
}

export async function canViewLesson(userId: string, lessonId: string) {
  const lesson = await prisma.lesson.findUnique({ where: { id: lessonId }, select: { tutorId: true, studentId: true } });
  return !!lesson && (lesson.tutorId === userId || lesson.studentId === userId);
}
