import "server-only";
import { db } from "~/lib/db";

const SORTS = { recent: "updated_at DESC", title: "title ASC", words: "word_count DESC" } as const;
export type SortKey = keyof typeof SORTS;

export async function searchNotes(userId: string, q: string, sort: SortKey) {
  // ok: sql-injection -- ORDER BY from a fixed map, values as parameters
  const { rows } = await db.query(`SELECT id, title, updated_at FROM notes WHERE author_id = $1 AND title ILIKE $2 ORDER BY ${SORTS[sort]} LIMIT 50`, [userId, `%${q}%`]);
  return rows as { id: string; title: string; updated_at: Date }[];
}

export async function notesByTag(userId: string, tag: string) {
  // ruleid: sql-injection
  const { rows } = await db.query(`SELECT id, title FROM notes WHERE author_id = $1 AND '${tag}' = ANY(tags) ORDER BY updated_at DESC`, [userId]);
  return rows as { id: string; title: string }[];
}

export async function countNotes(workspaceId: string, status: string) {
  // ruleid: sql-injection
  const { rows } = await db.query("SELECT count(*)::int AS n FROM notes WHERE workspace_id = '" + workspaceId + "' AND status = '" + status + "'");
  return rows[0].n as number;
}

export async function recentNotes(userId: string, limit: unknown) {
  const take = Math.min(Number(limit) || 20, 100);
  // ok: sql-injection -- a number coerced with Number()
  const { rows } = await db.query(`SELECT id, title FROM notes WHERE author_id = $1 ORDER BY updated_at DESC LIMIT ${take}`, [userId]);
  return rows as { id: string; title: string }[];
}
