import { pool } from "@/lib/db/pg";

const SORTABLE = { revenue: "revenue_cents", days: "rental_days", machine: "machine_model" } as const;
export type SortKey = keyof typeof SORTABLE;

export async function utilisationReport(companyId: string, sort: SortKey) {
  const column = SORTABLE[sort] ?? "revenue_cents";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT machine_model, rental_days, revenue_cents FROM utilisation_v WHERE company_id = $1 ORDER BY ${column} DESC`, [companyId]);
  return rows as { machine_model: string; rental_days: number; revenue_cents: number }[];
}

export async function depotRevenue(companyId: string, from: string) {
  // why: the date string from the caller is concatenated into the SQL text.
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT depot_id, SUM(price_cents) AS total FROM rentals WHERE company_id = '" + companyId + "' AND start_date >= '" + from + "' GROUP BY depot_id");
  return rows.map((r) => ({ depotId: r.depot_id as string, total: Number(r.total) }));
}

export async function searchMachinesRaw(category: string, limit: number) {
  const n = Math.min(Number(limit) || 20, 100);
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, model, category, daily_rate FROM machines WHERE category = $1 AND status = 'available' LIMIT ${n}`, [category]);
  return rows;
}
