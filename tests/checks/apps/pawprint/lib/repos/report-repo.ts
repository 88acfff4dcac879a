import { sql } from "@/lib/db/postgres";
import { reportsDb } from "@/lib/db/mysql";

const GRANULARITY = new Set(["day", "week", "month"]);

export async function revenueSeries(agencyId: string, granularity: string) {
  const g = GRANULARITY.has(granularity) ? granularity : "week";
  // ok: sql-injection
  return sql.unsafe(
    `SELECT date_trunc('${g}', paid_at) AS bucket, sum(amount_cents)::int AS cents FROM payments WHERE agency_id = $1 GROUP BY 1 ORDER BY 1`,
    [agencyId],
  );
}

export async function topSitters(agencyId: string, limit: number) {
  // ok: sql-injection
  return sql`SELECT s.id, s.slug, count(b.id)::int AS bookings FROM sitters s JOIN bookings b ON b.sitter_id = s.id WHERE b.agency_id = ${agencyId} GROUP BY s.id ORDER BY 3 DESC LIMIT ${limit}`;
}

export async function payoutLedger(agencyId: string, search: string) {
  // ruleid: sql-injection
  return sql.unsafe(`SELECT id, amount_cents, status, created_at FROM payouts WHERE agency_id = '${agencyId}' AND memo ILIKE '%${search}%'`);
}

export async function legacyTipsReport(agencyId: string, year: string) {
  // ruleid: sql-injection
  const [rows] = await reportsDb.query("SELECT month, SUM(tip_cents) AS tips FROM tips_monthly WHERE agency_id = ? AND year = " + year + " GROUP BY month", [agencyId]);
  return rows;
}

export async function legacyDisputeRate(agencyId: string) {
  // ok: sql-injection
  const [rows] = await reportsDb.execute("SELECT month, disputes / NULLIF(bookings, 0) AS rate FROM dispute_rates WHERE agency_id = ?", [agencyId]);
  return rows;
}
