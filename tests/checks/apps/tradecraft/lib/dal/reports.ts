import { sql as ksql } from "kysely";
import { kdb, pool } from "@/lib/db/kysely";

const SORTABLE = { name: "last_name", status: "status", created: "id" } as const;
export type SortKey = keyof typeof SORTABLE;

export async function apprenticeRoster(orgId: string, sort: SortKey) {
  const column = SORTABLE[sort] ?? "last_name";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, first_name, last_name, status FROM apprentices WHERE org_id = $1 ORDER BY ${column}`, [orgId]);
  return rows;
}

export async function otjTotals(orgId: string) {
  return kdb
    .selectFrom("otj_logs")
    .select(["apprentice_id", ksql<number>`sum(minutes)`.as("minutes")])
    .where("org_id", "=", orgId)
    .groupBy("apprentice_id")
    .execute();
}

export async function searchApprentices(orgId: string, term: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, first_name, last_name FROM apprentices WHERE org_id = $1 AND last_name ILIKE '%${term}%'`, [orgId]);
  return rows;
}

export async function evidenceBacklog(orgId: string, days: number) {
  const safeDays = Number(days) | 0;
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM evidence WHERE org_id = $1 AND status = 'submitted' AND created_at < now() - interval '${safeDays} days'`, [orgId]);
  return rows[0]?.n ?? 0;
}
