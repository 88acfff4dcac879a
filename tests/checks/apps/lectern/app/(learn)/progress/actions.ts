"use server";

import { z } from "zod";
import { after } from "next/server";
import { validateRequest } from "@/lib/lucia";
import { sql } from "@/lib/db/postgres";

const Mark = z.object({ lessonId: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export async function markLessonComplete(lessonId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const input = Mark.parse({ lessonId });
  // ok: sql-injection, missing-authorization
  await sql`insert into lesson_progress (user_id, lesson_id, completed) values (${user.id}, ${input.lessonId}, true)
            on conflict (user_id, lesson_id) do update set completed = true`;
  after(() => sql`update users set last_active_at = now() where id = ${user.id}`);
  return { ok: true };
}

// Resume position, saved every 15 s by the video player. `forUserId` lets the mobile app sync offline progress.
// ok: missing-auth
// ruleid: missing-input-validation
export async function saveResumePosition(lessonId: string, positionSec: number, forUserId?: string) {
  const { user } = await validateRequest();
  if (!user) return { ok: false };
  const uid = forUserId ?? user.id;
  // ruleid: sql-injection, missing-authorization
  await sql.unsafe(`update lesson_progress set position_sec = ${positionSec} where user_id = '${uid}' and lesson_id = '${lessonId}'`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function saveResumePositionSafe(lessonId: string, positionSec: number) {
  const { user } = await validateRequest();
  if (!user) return { ok: false };
  const input = z.object({ lessonId: z.string().uuid(), positionSec: z.number().int().min(0).max(86_400) }).parse({ lessonId, positionSec });
  // ok: sql-injection, missing-authorization
  await sql.unsafe("update lesson_progress set position_sec = $1 where user_id = $2 and lesson_id = $3", [input.positionSec, user.id, input.lessonId]);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function courseProgress(courseId: string) {
  const { user } = await validateRequest();
  if (!user) return null;
  const id = z.string().uuid().parse(courseId);
  const rows = await sql`select * from lesson_progress lp join lessons l on l.id = lp.lesson_id where l.course_id = ${id} and lp.user_id = ${user.id}`;
  // ruleid: excessive-data-exposure
  return rows;
}
