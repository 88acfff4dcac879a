import "server-only";
import { pool } from "@/lib/db/pg";
import { sql } from "@/lib/db/sql";
import { prisma } from "@/lib/db/prisma";

const SORTS = { rating: "avg_rating DESC", price: "hourly_rate_cents ASC", newest: "created_at DESC" } as const;
export type SortKey = keyof typeof SORTS;

export async function searchTutors(subject: string, sort: SortKey, limit: number) {
  const orderBy = SORTS[sort] ?? SORTS.rating;
  const safeLimit = Math.min(Number(limit) || 20, 50);
  // ok: sql-injection
  const res = await pool.query(`SELECT user_id, headline, hourly_rate_cents, avg_rating FROM tutor_directory WHERE subject = $1 ORDER BY ${orderBy} LIMIT ${safeLimit}`, [subject]);
  return res.rows;
}

export async function searchTutorsByName(name: string) {
  // ruleid: sql-injection
  const res = await pool.query(`SELECT user_id, headline FROM tutor_directory WHERE display_name ILIKE '%${name}%'`);
  return res.rows;
}

export async function tutorsInCity(city: string) {
  // ok: sql-injection
  return sql`SELECT user_id, headline FROM tutor_directory WHERE city = ${city} LIMIT 50`;
}

export async function subjectStats(subject: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "Lesson" WHERE subject = '` + subject + `'`);
}

export async function lessonCountForTutor(tutorId: string) {
  // ok: sql-injection
  return prisma.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "Lesson" WHERE "tutorId" = $1`, tutorId);
}

const TABLE = "tutor_directory";
export async function directorySize() {
  // ok: sql-injection
  const res = await pool.query(`SELECT count(*)::int AS n FROM ${TABLE}`);
  return res.rows[0].n as number;
}
