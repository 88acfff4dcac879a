import { pool } from "@/lib/db/pg";
import { orderBy, placeholders } from "@/lib/sql/filters";

export async function tripRevenueByOrg(orgId: string, sort: string | null, dir: string | null) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT trip_id, SUM(amount_cents) AS revenue FROM bookings WHERE org_id = $1 GROUP BY trip_id ${orderBy(sort, dir)}`, [orgId]);
  return rows as { trip_id: string; revenue: string }[];
}

export async function bookingsForTrips(orgId: string, tripIds: string[]) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, trip_id, seats, status FROM bookings WHERE org_id = $1 AND trip_id IN (${placeholders(tripIds.length, 2)})`, [orgId, ...tripIds]);
  return rows;
}

export async function guideHours(orgId: string, season: string) {
  // why: season (from a search param upstream) is concatenated into the WHERE clause
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT guide_id, SUM(hours) AS hours FROM guide_shifts WHERE org_id = '" + orgId + "' AND season = '" + season + "' GROUP BY guide_id");
  return rows as { guide_id: string; hours: string }[];
}

export async function cancellationsSince(orgId: string, days: number) {
  const n = Number.isFinite(days) ? Math.trunc(days) : 30;
  // ok: sql-injection
  const { rows } = await pool.query("SELECT COUNT(*)::int AS n FROM bookings WHERE org_id = $1 AND status = 'cancelled' AND created_at > now() - ($2::int * interval '1 day')", [orgId, n]);
  return rows[0]?.n as number;
}
