import "server-only";
import { pool } from "@/lib/db/pg";

const SALES_VIEW = "v_studio_sales";

export async function salesByStudio(studioId: string, year: number) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT month, total_cents FROM ${SALES_VIEW} WHERE studio_id = $1 AND year = $2 ORDER BY month`, [studioId, year]);
  return rows as { month: number; total_cents: number }[];
}

export async function topMakers(limit: number, order: "asc" | "desc") {
  const direction = order === "asc" ? "ASC" : "DESC";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT maker_id, SUM(total_cents) AS total FROM ${SALES_VIEW} GROUP BY maker_id ORDER BY total ${direction} LIMIT $1`, [limit]);
  return rows as { maker_id: string; total: number }[];
}

export async function duesArrears(period: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT user_id, amount_cents FROM dues WHERE period = '${period}' AND paid_at IS NULL`);
  return rows as { user_id: string; amount_cents: number }[];
}

export async function studioExport(studioId: string, columns: string[]) {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT " + columns.join(", ") + " FROM invoices WHERE studio_id = $1", [studioId]);
  return rows;
}
