import { pool, orderByClause } from "@/lib/db/pg";

export async function creditsForMonth(coopId: string, month: string, sort: string | null, dir: string | null) {
  // ok: sql-injection
  const res = await pool.query(
    `SELECT member_id, month, amount_cents FROM credits WHERE coop_id = $1 AND month = $2 ${orderByClause(sort, dir)}`,
    [coopId, month],
  );
  return res.rows;
}

export async function searchMembers(coopId: string, term: string) {
  // ruleid: sql-injection
  const res = await pool.query(`SELECT id, display_name FROM members WHERE coop_id = $1 AND display_name ILIKE '%${term}%'`, [coopId]);
  return res.rows;
}

export async function productionByArrays(coopId: string, arrayIds: string[]) {
  const placeholders = arrayIds.map((_, i) => `$${i + 2}`).join(", ");
  // ok: sql-injection
  const res = await pool.query(
    `SELECT array_id, SUM(kwh) AS kwh FROM meter_readings WHERE coop_id = $1 AND array_id IN (${placeholders}) GROUP BY array_id`,
    [coopId, ...arrayIds],
  );
  return res.rows;
}

export async function payoutTotals(coopId: string, year: number) {
  const y = Number(year);
  // ok: sql-injection
  const res = await pool.query("SELECT status, SUM(amount_cents) AS total FROM payouts WHERE coop_id = $1 AND EXTRACT(YEAR FROM paid_at) = " + y + " GROUP BY status", [coopId]);
  return res.rows;
}

export async function readingsByStatus(coopId: string, status: string) {
  // ruleid: sql-injection
  const res = await pool.query("SELECT id, member_id, kwh FROM meter_readings WHERE coop_id = '" + coopId + "' AND status = '" + status + "'");
  return res.rows;
}
