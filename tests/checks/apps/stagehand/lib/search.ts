import "server-only";
import { sql } from "kysely";
import { db } from "@/lib/db/kysely";

export async function searchArtists(festivalId: string, term: string) {
  // ok: sql-injection
  const { rows } = await sql`select id, name from artists where festival_id = ${festivalId} and name ilike ${"%" + term + "%"} limit 20`.execute(db);
  return rows as { id: string; name: string; capacity?: number }[];
}

export async function stagesSorted(festivalId: string, sort: string) {
  // ruleid: sql-injection
  const { rows } = await sql`select id, name, capacity from stages where festival_id = ${festivalId} order by ${sql.raw(`${sort} nulls last`)}`.execute(db);
  return rows as { id: string; name: string; capacity?: number }[];
}

const SORTS = { name: "name asc", capacity: "capacity desc" } as const;

export async function stagesSortedSafe(festivalId: string, sort: keyof typeof SORTS) {
  const clause = SORTS[sort] ?? SORTS.name;
  // ok: sql-injection
  const { rows } = await sql`select id, name from stages where festival_id = ${festivalId} order by ${sql.raw(`${clause} nulls last`)}`.execute(db);
  return rows as { id: string; name: string; capacity?: number }[];
}
