import { pool } from "@/lib/pg";
import { sql } from "@/lib/sql";

const AGE_FILTERS: Record<string, string> = {
  U10: "date_of_birth > now() - interval '10 years'",
  U14: "date_of_birth > now() - interval '14 years'",
  Senior: "date_of_birth <= now() - interval '18 years'",
};

export async function playersByAge(clubId: string, ageGroup: string) {
  const filter = AGE_FILTERS[ageGroup] ?? "true";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, first_name, last_name FROM players WHERE club_id = $1 AND ${filter}`, [clubId]);
  return rows;
}

export async function playersWithTag(clubId: string, tag: string) {
  // ruleid: sql-injection
  return sql.unsafe("SELECT id, first_name FROM players WHERE club_id = '" + clubId + "' AND tags @> ARRAY['" + tag + "']");
}

export async function countPlayers(clubId: string) {
  // ok: sql-injection
  const [row] = await sql`SELECT count(*)::int AS n FROM players WHERE club_id = ${clubId}`;
  return row.n as number;
}
