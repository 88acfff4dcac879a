import "server-only";
import { pool } from "@/lib/pg";

const MEMBER_SORT: Record<string, string> = {
  name: "last_name",
  joined: "created_at",
  visits: "visit_count",
  lastVisit: "last_visit_at",
};

export function memberOrderBy(sort: string | null, dir: string | null): string {
  const column = MEMBER_SORT[sort ?? ""] ?? "last_name";
  const direction = dir === "desc" ? "DESC" : "ASC";
  return `${column} ${direction}`;
}

export async function searchMembers(studioId: string, q: string, sort: string | null, dir: string | null) {
  const orderBy = memberOrderBy(sort, dir);
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, first_name, last_name, email, visit_count FROM members WHERE studio_id = $1 AND (first_name ILIKE $2 OR last_name ILIKE $2) ORDER BY ${orderBy} LIMIT 50`, [studioId, `%${q}%`]);
  return rows as { id: string; first_name: string; last_name: string; email: string; visit_count: number }[];
}

/** Tag filter for the marketing segment builder. */
export async function membersByTag(studioId: string, tag: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, first_name, last_name, phone FROM members WHERE studio_id = $1 AND tags @> ARRAY['${tag}']::text[]`, [studioId]);
  return rows as { id: string; first_name: string; last_name: string; phone: string | null }[];
}

export function placeholders(count: number, offset = 0): string {
  return Array.from({ length: count }, (_, i) => `$${i + 1 + offset}`).join(", ");
}
