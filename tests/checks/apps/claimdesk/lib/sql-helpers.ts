import { pool } from "@/lib/pg";

const SORTABLE = { createdAt: "created_at", lossDate: "loss_date", reserve: "reserve_cents", status: "status" } as const;
export type SortKey = keyof typeof SORTABLE;

export function orderByClause(key: string, dir: string) {
  const column = SORTABLE[key as SortKey] ?? "created_at";
  const direction = dir === "asc" ? "ASC" : "DESC";
  return `ORDER BY ${column} ${direction}`;
}

export async function listClaimsSorted(tenantId: string, sort: string, dir: string) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, number, status, loss_date FROM claims WHERE tenant_id = $1 ${orderByClause(sort, dir)} LIMIT 200`, [tenantId]);
  return rows as { id: string; number: string; status: string; loss_date: Date }[];
}

// used by the reporting screens; `groupBy` comes straight from the query string
export async function claimTotalsBy(tenantId: string, groupBy: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT ${groupBy} AS bucket, SUM(paid_cents) AS paid FROM claims WHERE tenant_id = $1 GROUP BY ${groupBy}`, [tenantId]);
  return rows as { bucket: string; paid: string }[];
}
