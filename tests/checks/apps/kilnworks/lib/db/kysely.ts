import "server-only";
import { Kysely, PostgresDialect, sql } from "kysely";
import { pool } from "./pg";

interface ReportingDB {
  firing_stats: { studio_id: string; month: string; firings: number; revenue_cents: number; cone: string };
  booking_stats: { studio_id: string; day: string; bookings: number; wheel_id: string };
  members_view: { id: string; studio_id: string; email: string; name: string; plan: string; credits: number; phone: string | null };
}

export const reportingDb = new Kysely<ReportingDB>({ dialect: new PostgresDialect({ pool }) });

const SORTABLE = { month: "month", firings: "firings", revenue: "revenue_cents" } as const;
export type SortKey = keyof typeof SORTABLE;

export async function firingStatsSorted(studioId: string, sortKey: SortKey) {
  const column = SORTABLE[sortKey] ?? "month";
  // ok: sql-injection
  return sql<{ month: string; firings: number }>`select month, firings from firing_stats where studio_id = ${studioId} order by ${sql.raw(column)} desc`.execute(reportingDb);
}
