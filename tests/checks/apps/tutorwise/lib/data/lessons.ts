import "server-only";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/sql";

export async function getLessonForUser(lessonId: string, userId: string) {
  return prisma.lesson.findFirst({
    where: { id: lessonId, OR: [{ tutorId: userId }, { studentId: userId }] },
    select: { id: true, title: true, subject: true, startsAt: true, durationMin: true, status: true, meetingUrl: true },
  });
}

export async function listUpcoming(userId: string) {
  return prisma.lesson.findMany({
    where: { OR: [{ tutorId: userId }, { studentId: userId }], startsAt: { gte: new Date() } },
    select: { id: true, title: true, startsAt: true, status: true },
    orderBy: { startsAt: "asc" },
  });
}

export async function lessonsBetween(tutorId: string, from: string, to: string) {
  // ruleid: sql-injection
  return sql.unsafe(`SELECT id, title, "startsAt" FROM "Lesson" WHERE "tutorId" = '${tutorId}' AND "startsAt" BETWEEN '${from}' AND '${to}'`);
}

export async function lessonsBetweenSafe(tutorId: string, from: Date, to: Date) {
  // ok: sql-injection
  return sql.unsafe(`SELECT id, title, "startsAt" FROM "Lesson" WHERE "tutorId" = $1 AND "startsAt" BETWEEN $2 AND $3`, [tutorId, from, to]);
}
