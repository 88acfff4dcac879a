import "server-only";
import { pool } from "@/lib/db/pg";
import { sql } from "@/lib/db/sql";

const PERIOD_TRUNC = { day: "day", week: "week", month: "month" } as const;

export async function revenueByPeriod(orgId: string, period: keyof typeof PERIOD_TRUNC) {
  const trunc = PERIOD_TRUNC[period];
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT date_trunc('${trunc}', paid_at) AS bucket, sum(total_cents)::int AS total
       FROM invoices WHERE org_id = $1 AND status = 'paid' GROUP BY 1 ORDER BY 1`,
    [orgId],
  );
  return rows as { bucket: Date; total: number }[];
}

export async function fuelSalesSince(marinaId: string, since: Date) {
  // ok: sql-injection
  return sql<{ grade: string; litres: number; total_cents: number }[]>`
    SELECT grade, sum(litres)::float AS litres, sum(total_cents)::int AS total_cents
      FROM fuel_sales WHERE marina_id = ${marinaId} AND sold_at >= ${since} GROUP BY grade`;
}

/** Accountant export: the column list is chosen in the UI. */
export async function exportInvoices(orgId: string, columns: string[]) {
  const cols = columns.join(", ");
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT ${cols} FROM invoices WHERE org_id = $1 ORDER BY number`, [orgId]);
  return rows;
}

export async function fuelTotalsForGrades(marinaId: string, grades: string[]) {
  // ruleid: sql-injection
  return sql.unsafe(`SELECT grade, sum(litres) AS litres FROM fuel_sales WHERE marina_id = $1 AND grade IN ('${grades.join("','")}') GROUP BY grade`, [marinaId]);
}

export async function agedDebt(orgId: string, days: number) {
  const n = Number.isFinite(days) ? Math.trunc(days) : 30;
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT owner_id, sum(total_cents)::int AS due FROM invoices
      WHERE org_id = $1 AND status = 'open' AND created_at < now() - interval '${n} days' GROUP BY owner_id`,
    [orgId],
  );
  return rows as { owner_id: string; due: number }[];
}
