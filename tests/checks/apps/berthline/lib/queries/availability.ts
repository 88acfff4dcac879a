import { sql } from "@vercel/postgres";
import { pool } from "@/lib/db/pg";

const SORTS = { price: "daily_rate_cents", length: "length_m", code: "code" } as const;

export async function publicAvailability(marinaSlug: string, minLength: number) {
  // ok: sql-injection
  const { rows } = await sql`SELECT b.id, b.code, b.length_m, b.daily_rate_cents FROM berths b JOIN marinas m ON m.id = b.marina_id WHERE m.slug = ${marinaSlug} AND b.length_m >= ${minLength} AND b.status = 'AVAILABLE'`;
  return rows;
}

export async function availabilitySorted(marinaId: string, sort: keyof typeof SORTS) {
  const column = SORTS[sort] ?? "code";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, code, length_m, daily_rate_cents FROM berths WHERE marina_id = $1 AND status = 'AVAILABLE' ORDER BY ${column}`, [marinaId]);
  return rows;
}

export async function searchBerthsByCode(marinaId: string, codePrefix: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, code, length_m FROM berths WHERE marina_id = $1 AND code LIKE '${codePrefix}%'`, [marinaId]);
  return rows;
}
