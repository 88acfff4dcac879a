import { pool } from "@/lib/db/drizzle";

const SORTABLE = { date: "created_at", amount: "amount_cents", donor: "donor_id" } as const;
export type GiftSort = keyof typeof SORTABLE;

export async function listGiftsSorted(foundationId: string, sort: string, dir: string) {
  const column = SORTABLE[(sort in SORTABLE ? sort : "date") as GiftSort];
  const direction = dir === "asc" ? "ASC" : "DESC";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, amount_cents, designation, created_at FROM gifts WHERE foundation_id = $1 ORDER BY ${column} ${direction} LIMIT 200`, [foundationId]);
  return rows as { id: string; amount_cents: number; designation: string | null; created_at: Date }[];
}

export async function searchGifts(foundationId: string, term: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, amount_cents, designation FROM gifts WHERE foundation_id = $1 AND designation ILIKE '%${term}%'`, [foundationId]);
  return rows;
}

export async function giftTotalsByYear(foundationId: string, years: number[]) {
  const placeholders = years.map((_, i) => `$${i + 2}`).join(", ");
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT date_part('year', created_at) AS y, sum(amount_cents) AS total FROM gifts WHERE foundation_id = $1 AND date_part('year', created_at) IN (${placeholders}) GROUP BY 1`, [foundationId, ...years]);
  return rows as { y: number; total: string }[];
}
