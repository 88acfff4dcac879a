import "server-only";
import { pool } from "@/lib/kysely";

const DIRECTIONS = { asc: "ASC", desc: "DESC" } as const;
const REPORT_TABLE = "invoices";

export async function revenueByCustomer(teamId: string, orderBy: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    "SELECT customer_id, sum(amount_cents) AS total FROM invoices WHERE team_id = $1 GROUP BY customer_id ORDER BY " + orderBy,
    [teamId],
  );
  return rows as { customer_id: string; total: number }[];
}

export async function revenueSorted(teamId: string, dir: keyof typeof DIRECTIONS) {
  // ok: sql-injection -- the direction comes from a fixed map
  const { rows } = await pool.query(
    `SELECT customer_id, sum(amount_cents) AS total FROM ${REPORT_TABLE} WHERE team_id = $1 GROUP BY customer_id ORDER BY total ${DIRECTIONS[dir]}`,
    [teamId],
  );
  return rows;
}

export async function recentInvoices(teamId: string, limitParam: string | null) {
  const limit = Math.min(Number(limitParam) || 20, 100);
  // ok: sql-injection -- a number coerced with Number() (inside Math.min)
  const { rows } = await pool.query(`SELECT id, amount_cents FROM invoices WHERE team_id = $1 LIMIT ${limit}`, [teamId]);
  return rows;
}

export async function countByStatus(teamId: string, status: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM invoices WHERE team_id = '${teamId}' AND status = '${status}'`);
  return rows[0].n as number;
}
