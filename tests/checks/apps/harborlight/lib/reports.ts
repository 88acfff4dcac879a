import { sql } from "drizzle-orm";
import { db } from "@/lib/db";
import { sqlite, reportsDb } from "@/lib/db/local";

const SORTS = { code: "b.code", rate: "b.nightly_rate_cents", nights: "nights" } as const;
export type OccupancySort = keyof typeof SORTS;

export async function occupancyReport(orgId: string, sort: OccupancySort) {
  const order = SORTS[sort] ?? SORTS.code;
  // ok: sql-injection
  return reportsDb.all(sql`SELECT b.code, count(k.id) AS nights FROM berths b LEFT JOIN bookings k ON k.berth_id = b.id WHERE b.organization_id = ${orgId} GROUP BY b.id ORDER BY ${sql.raw(order)}`);
}

// Export for the accountant: built by hand because "the sql tag broke the date math".
export async function berthUsageExport(orgId: string, from: string, to: string) {
  // ruleid: sql-injection
  return db.run(sql.raw(`SELECT berth_id, starts_on, ends_on, total_cents FROM bookings WHERE organization_id = '${orgId}' AND starts_on >= '${from}' AND ends_on <= '${to}'`));
}

export function revenueByMonth(orgId: string, year: number) {
  const y = Number(year);
  // ok: sql-injection
  return sqlite.prepare(`SELECT substr(starts_on, 1, 7) AS month, sum(paid_cents) AS paid FROM bookings WHERE organization_id = ? AND starts_on LIKE ? GROUP BY month`).all(orgId, `${y}-%`);
}

export function searchBookings(orgId: string, term: string) {
  // ruleid: sql-injection
  return sqlite.prepare(`SELECT id, berth_id, status FROM bookings WHERE organization_id = ? AND notes LIKE '%${term}%'`).all(orgId);
}

const TABLE = "fuel_sales";
export function fuelTotals(orgId: string) {
  // ok: sql-injection
  return sqlite.prepare(`SELECT device_id, sum(litres) AS litres FROM ${TABLE} WHERE organization_id = ? GROUP BY device_id`).all(orgId);
}
