import { pool } from "@/lib/db/pg";

const PAGE_SIZE = 50;

export async function occupancyByMonth(marinaId: string, year: number) {
  const y = Number(year);
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT date_trunc('month', day) AS month, avg(occupied)::float AS rate FROM occupancy WHERE marina_id = $1 AND extract(year from day) = ${y} GROUP BY 1 ORDER BY 1 LIMIT ${PAGE_SIZE}`, [marinaId]);
  return rows;
}

export async function revenueByRegion(regionId: string, groupBy: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT " + groupBy + ", sum(amount_cents) AS total FROM invoices WHERE region_id = $1 GROUP BY " + groupBy, [regionId]);
  return rows;
}

export async function invoicesForMarina(marinaId: string, status: string) {
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, amount_cents, status, paid_at FROM invoices WHERE marina_id = $1 AND status = $2", [marinaId, status]);
  return rows;
}
