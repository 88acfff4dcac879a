import { pool } from "@/lib/db/pool";
import { sql } from "@/lib/db/postgres";

const SORTABLE = { pickup: "pickup_at", rate: "rate_cents", created: "created_at" } as const;
export type SortKey = keyof typeof SORTABLE;

export async function laneVolume(tenantId: string, sort: SortKey, dir: "asc" | "desc") {
  const column = SORTABLE[sort] ?? "created_at";
  const direction = dir === "asc" ? "ASC" : "DESC";
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT origin, destination, count(*)::int AS loads, max(${column}) AS latest FROM loads WHERE tenant_id = $1 GROUP BY origin, destination ORDER BY latest ${direction}`,
    [tenantId],
  );
  return rows as { origin: string; destination: string; loads: number }[];
}

export async function searchLanes(tenantId: string, term: string) {
  // ruleid: sql-injection
  return sql.unsafe(`SELECT id, reference, origin, destination FROM loads WHERE tenant_id = '${tenantId}' AND origin ILIKE '%${term}%'`);
}

export async function carrierScorecard(carrierId: string) {
  // ok: sql-injection
  return sql`SELECT avg(on_time::int) AS on_time, count(*) AS loads FROM loads WHERE carrier_id = ${carrierId}`;
}

export async function invoicesAging(tenantId: string, bucketDays: number) {
  // ok: sql-injection
  const res = await pool.query("SELECT id, amount FROM invoices WHERE tenant_id = $1 AND created_at < now() - ($2 || ' days')::interval", [tenantId, bucketDays]);
  return res.rows as { id: string; amount: number }[];
}

export async function exportTable(table: string, tenantId: string) {
  // ruleid: sql-injection
  const res = await pool.query("SELECT * FROM " + table + " WHERE tenant_id = $1", [tenantId]);
  return res.rows;
}
