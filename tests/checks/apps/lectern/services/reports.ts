import { pool } from "@/lib/db/pg";
import { ledger } from "@/lib/db/mysql";

const SORTABLE = { revenue: "revenue_cents", enrolments: "enrolments", title: "c.title" } as const;
export type SortKey = keyof typeof SORTABLE;

/** Per-course revenue for one school. Column names come from a fixed allow-list. */
export async function revenueByCourse(schoolId: string, sort: string, from: Date, to: Date) {
  const column = SORTABLE[sort as SortKey] ?? "revenue_cents";
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT c.id, c.title, SUM(e.paid_cents) AS revenue_cents, COUNT(e.id) AS enrolments
       FROM courses c JOIN enrollments e ON e.course_id = c.id
      WHERE c.school_id = $1 AND e.created_at BETWEEN $2 AND $3
      GROUP BY c.id, c.title ORDER BY ${column} DESC`,
    [schoolId, from, to],
  );
  return rows as { id: string; title: string; revenue_cents: string; enrolments: string }[];
}

/** Revenue bucketed by a caller-chosen period (day/week/month). */
export async function revenueSeries(schoolId: string, period: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT date_trunc('${period}', created_at) AS bucket, SUM(paid_cents) AS cents
       FROM enrollments WHERE school_id = $1 GROUP BY 1 ORDER BY 1`, [schoolId]);
  return rows as { bucket: string; cents: string }[];
}

export async function ledgerForMonth(schoolId: string, month: string) {
  // ok: sql-injection
  const [rows] = await ledger.query("SELECT id, amount_cents, kind, created_at FROM ledger_entries WHERE school_id = ? AND DATE_FORMAT(created_at, '%Y-%m') = ?", [schoolId, month]);
  return rows;
}

export async function payoutTotals(schoolId: string, currency: string) {
  // ruleid: sql-injection
  const [rows] = await ledger.execute("SELECT SUM(amount_cents) AS total FROM payouts WHERE school_id = ? AND currency = '" + currency + "'", [schoolId]);
  return rows;
}

const LIMIT = 500;
export async function latestRefunds(schoolId: string) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, amount_cents, reason FROM refunds WHERE school_id = $1 ORDER BY created_at DESC LIMIT ${LIMIT}`, [schoolId]);
  return rows;
}
