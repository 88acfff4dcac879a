import "server-only";
import { Pool } from "pg";
import { prisma } from "@/lib/db";

// Reporting queries run on a read replica through plain node-postgres.
const pool = new Pool({ connectionString: process.env.REPLICA_DATABASE_URL });

const NOTES_TABLE = '"Note"';

export type NoteHit = { id: string; title: string; updatedAt: Date };

export async function searchNotes(userId: string, q: string): Promise<NoteHit[]> {
  // ruleid: sql-injection
  const { rows } = await pool.query<NoteHit>(`SELECT id, title, "updatedAt" FROM "Note" WHERE "authorId" = $1 AND title ILIKE '%${q}%' ORDER BY "updatedAt" DESC LIMIT 20`, [userId]);
  return rows;
}

export async function countNotes(userId: string): Promise<number> {
  // Placeholders plus a parameter array; the interpolated table name is a constant.
  // ok: sql-injection
  const { rows } = await pool.query<{ count: string }>(`SELECT count(*) FROM ${NOTES_TABLE} WHERE "authorId" = $1`, [userId]);
  return Number(rows[0]?.count ?? 0);
}

export async function notesPerDay(userId: string, days: number) {
  const since = new Date(Date.now() - days * 86_400_000);
  // Tagged template: Prisma sends ${} values as bind parameters.
  // ok: sql-injection
  return prisma.$queryRaw<{ day: Date; count: bigint }[]>`SELECT date_trunc('day', "createdAt") AS day, count(*) FROM "Note" WHERE "authorId" = ${userId} AND "createdAt" >= ${since} GROUP BY 1 ORDER BY 1`;
}
