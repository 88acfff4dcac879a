import "server-only";
import { pool } from "@/lib/pg";

const SORTABLE = {
  started_at: "s.started_at",
  energy: "s.energy_wh",
  revenue: "s.total_cents",
  charger: "c.label",
} as const;

export type SortKey = keyof typeof SORTABLE;

function orderClause(sort: string, dir: string) {
  const column = SORTABLE[sort as SortKey] ?? SORTABLE.started_at;
  const direction = dir === "asc" ? "ASC" : "DESC";
  return `ORDER BY ${column} ${direction}`;
}

export async function sessionsReport(tenantId: string, from: Date, to: Date, sort: string, dir: string) {
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT s.id, c.label AS charger, s.energy_wh, s.total_cents, s.started_at, s.ended_at
       FROM charging_sessions s JOIN chargers c ON c.id = s.charger_id
      WHERE s.tenant_id = $1 AND s.started_at BETWEEN $2 AND $3 ${orderClause(sort, dir)} LIMIT 1000`,
    [tenantId, from, to],
  );
  return rows as { id: string; charger: string; energy_wh: number; total_cents: number; started_at: Date; ended_at: Date | null }[];
}

// groupBy comes straight from the report builder UI ("date_trunc('week', s.started_at)" etc.)
export async function utilisationReport(tenantId: string, groupBy: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT ${groupBy} AS bucket, count(*)::int AS sessions, sum(s.energy_wh)::bigint AS energy_wh
       FROM charging_sessions s WHERE s.tenant_id = $1 GROUP BY 1 ORDER BY 1`,
    [tenantId],
  );
  return rows as { bucket: string; sessions: number; energy_wh: string }[];
}

// Numeric-only interpolation: the limit is coerced and clamped.
export async function topChargers(tenantId: string, limit: number) {
  const n = Math.min(Math.max(Math.trunc(Number(limit)) || 10, 1), 100);
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT c.id, c.label, count(s.id)::int AS sessions FROM chargers c LEFT JOIN charging_sessions s ON s.charger_id = c.id
      WHERE c.tenant_id = $1 GROUP BY c.id, c.label ORDER BY sessions DESC LIMIT ${n}`,
    [tenantId],
  );
  return rows as { id: string; label: string; sessions: number }[];
}

export async function sessionsByStatus(tenantId: string, statuses: string[]) {
  const placeholders = statuses.map((_, i) => `$${i + 2}`).join(", ");
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT id, status, started_at FROM charging_sessions WHERE tenant_id = $1 AND status IN (${placeholders})`,
    [tenantId, ...statuses],
  );
  return rows as { id: string; status: string; started_at: Date }[];
}

export async function archiveOldMeterRows(table: string, olderThanDays: number) {
  // ruleid: sql-injection
  await pool.query(`DELETE FROM ${table} WHERE created_at < now() - interval '${olderThanDays} days'`);
}
