import "server-only";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/sql";

export async function canManageGroup(userId: string, groupId: string) {
  const [row] = await sql<{ owner_id: string }[]>`SELECT owner_id FROM study_groups WHERE id = ${groupId}`;
  return row?.owner_id === userId;
}

export async function isGroupMember(userId: string, groupId: string) {
  const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM study_group_members WHERE group_id = ${groupId} AND user_id = ${userId}`;
  return (row?.n ?? 0) > 0;
}

export async function assertCanEditLesson(userId: string, lessonId: string) {
  const lesson = await prisma.lesson.findUnique({ where: { id: lessonId }, select: { tutorId: true } });
  if (!lesson || lesson.tutorId !== userId) throw new Error("Forbidden");
}
