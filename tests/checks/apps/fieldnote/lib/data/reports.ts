import "server-only";
import { reportsPool } from "@/lib/pg";

const SORTABLE = {
  scheduled: "scheduled_at",
  price: "price_cents",
  status: "status",
} as const;

export type JobSort = keyof typeof SORTABLE;

export async function jobsReport(workspaceId: string, sort: JobSort, dir: "asc" | "desc") {
  const column = SORTABLE[sort] ?? SORTABLE.scheduled;
  const direction = dir === "desc" ? "DESC" : "ASC";
  // ok: sql-injection
  const { rows } = await reportsPool.query(
    `SELECT id, title, status, price_cents FROM jobs WHERE workspace_id = $1 ORDER BY ${column} ${direction} LIMIT 500`,
    [workspaceId],
  );
  return rows as { id: string; title: string; status: string; price_cents: number }[];
}

export async function searchJobs(workspaceId: string, term: string) {
  // ruleid: sql-injection
  const { rows } = await reportsPool.query(
    `SELECT id, title, status FROM jobs WHERE workspace_id = $1 AND title ILIKE '%${term}%' LIMIT 50`,
    [workspaceId],
  );
  return rows;
}

export async function revenueByPeriod(workspaceId: string, period: string) {
  const text =
    "SELECT date_trunc('" + period + "', paid_at) AS bucket, sum(total_cents) AS cents " +
    "FROM invoices WHERE workspace_id = $1 GROUP BY 1 ORDER BY 1";
  // ruleid: sql-injection
  const { rows } = await reportsPool.query(text, [workspaceId]);
  return rows as { bucket: Date; cents: string }[];
}

export async function technicianUtilisation(workspaceId: string, from: Date, to: Date) {
  // ok: sql-injection
  const { rows } = await reportsPool.query(
    `SELECT technician_id, sum(minutes) AS minutes FROM time_entries
     WHERE workspace_id = $1 AND started_at BETWEEN $2 AND $3 GROUP BY technician_id`,
    [workspaceId, from, to],
  );
  return rows as { technician_id: string; minutes: string }[];
}
