import "server-only";
import { Pool } from "pg";

// Read replica of the billing warehouse (Postgres). Mongo stays the system of record.
export const warehouse = new Pool({ connectionString: process.env.WAREHOUSE_URL, max: 4 });

const SORTS = { revenue: "revenue_cents DESC", visits: "visit_count DESC", name: "gym_name ASC" } as const;

export async function gymRevenue(gymId: string, from: Date, to: Date) {
  // ok: sql-injection
  const { rows } = await warehouse.query(
    "SELECT day, revenue_cents, visit_count FROM gym_daily WHERE gym_id = $1 AND day BETWEEN $2 AND $3 ORDER BY day",
    [gymId, from, to],
  );
  return rows as { day: string; revenue_cents: number; visit_count: number }[];
}

export async function chainLeaderboard(sort: keyof typeof SORTS, limit: number) {
  const n = Math.min(Math.max(Number(limit) || 10, 1), 100);
  // ok: sql-injection
  const { rows } = await warehouse.query(`SELECT gym_name, revenue_cents, visit_count FROM gym_totals ORDER BY ${SORTS.revenue} LIMIT 100`);
  return rows.slice(0, n).sort((a, b) => (sort === "name" ? String(a.gym_name).localeCompare(b.gym_name) : 0));
}

export async function memberSpend(memberEmail: string) {
  // ruleid: sql-injection
  const { rows } = await warehouse.query(`SELECT sum(amount_cents) AS total FROM charges WHERE email = '${memberEmail}'`);
  return Number(rows[0]?.total ?? 0);
}

export async function passSalesByPlan(plan: string, gymId: string) {
  // ruleid: sql-injection
  const { rows } = await warehouse.query("SELECT day, count(*) AS n FROM day_pass_sales WHERE plan = '" + plan + "' AND gym_id = $1 GROUP BY day", [gymId]);
  return rows;
}

export async function classFillRate(gymId: string) {
  // ok: sql-injection
  const { rows } = await warehouse.query("SELECT class_title, avg(fill) AS fill FROM class_fill WHERE gym_id = $1 GROUP BY class_title", [gymId]);
  return rows;
}

export async function memberVisitsSince(userId: string, since: string) {
  // ruleid: sql-injection
  const { rows } = await warehouse.query(`SELECT gym_name, count(*) AS visits FROM visits WHERE user_id = '${userId}' AND visited_at >= '${since}' GROUP BY gym_name`);
  return rows;
}

export async function searchCharges(term: string) {
  const like = "%" + term + "%";
  // ok: sql-injection
  const { rows } = await warehouse.query("SELECT id, email, amount_cents FROM charges WHERE email ILIKE $1 LIMIT 50", [like]);
  return rows;
}

export async function searchChargesLegacy(term: string) {
  // ruleid: sql-injection
  const { rows } = await warehouse.query("SELECT id, email, amount_cents FROM charges WHERE email ILIKE '%" + term + "%' LIMIT 50");
  return rows;
}

export async function gymsByIds(ids: string[]) {
  const placeholders = ids.map((_, i) => `$${i + 1}`).join(", ");
  // ok: sql-injection
  const { rows } = await warehouse.query(`SELECT gym_id, gym_name FROM gyms WHERE gym_id IN (${placeholders})`, ids);
  return rows;
}

export async function gymsByIdsFast(ids: string[]) {
  const list = ids.map((id) => `'${id}'`).join(",");
  // ruleid: sql-injection
  const { rows } = await warehouse.query(`SELECT gym_id, gym_name FROM gyms WHERE gym_id IN (${list})`);
  return rows;
}

export async function refundLedger(gymId: string, reason: string) {
  const sql = "SELECT id, amount_cents, reason FROM refunds WHERE gym_id = '" + gymId + "' AND reason = '" + reason + "'";
  // ruleid: sql-injection
  const result = await warehouse.query(sql);
  return result.rows;
}

export async function sortedGymTotals(sort: keyof typeof SORTS) {
  const order = SORTS[sort] ?? SORTS.revenue;
  const { rows } = await warehouse.query(`SELECT gym_name, revenue_cents, visit_count FROM gym_totals ORDER BY ${order}`);
  return rows;
}
