import "server-only";
import { pool } from "@/lib/db/pg";
import { legacyDb } from "@/lib/db/mysql";

export async function revenueByMonth(wineryId: string, year: number) {
  // ok: sql-injection
  const { rows } = await pool.query("SELECT date_trunc('month', created_at) AS m, sum(total_cents) AS cents FROM orders WHERE winery_id = $1 AND extract(year FROM created_at) = $2 GROUP BY 1 ORDER BY 1", [wineryId, year]);
  return rows;
}

export async function legacyTillTotals(wineryId: string, from: string, to: string) {
  // ruleid: sql-injection
  const [rows] = await legacyDb.query(`SELECT till_id, SUM(amount) total FROM till_sales WHERE winery_id = ? AND sold_at BETWEEN '${from}' AND '${to}' GROUP BY till_id`, [wineryId]);
  return rows;
}

export async function legacySkuLookup(wineryId: string, sku: string) {
  // ok: sql-injection
  const [rows] = await legacyDb.execute("SELECT sku, name, price FROM skus WHERE winery_id = ? AND sku = ?", [wineryId, sku]);
  return rows;
}
