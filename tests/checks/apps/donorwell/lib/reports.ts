import "server-only";
import { pool, orderBy } from "@/lib/db/pool";
import { db, sql } from "@/lib/db/kysely";

export async function donationsByMonth(centreId: string, year: number) {
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT date_trunc('month', collected_at) AS month, count(*)::int AS n FROM donations WHERE centre_id = $1 AND extract(year FROM collected_at) = $2 GROUP BY 1 ORDER BY 1",
    [centreId, year],
  );
  return rows as { month: string; n: number }[];
}

export async function donationsSorted(centreId: string, sort: string | null) {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, volume_ml, collected_at FROM donations WHERE centre_id = $1 ${orderBy(sort)} LIMIT 200`, [centreId]);
  return rows;
}

export async function stockByType(centreId: string, bloodType: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT blood_type, count(*)::int AS units FROM bags WHERE centre_id = '${centreId}' AND blood_type = '${bloodType}' GROUP BY blood_type`);
  return rows;
}

export async function searchDonors(centreId: string, term: string) {
  // ok: sql-injection
  return db
    .selectFrom("donors")
    .select(["id", "fullName", "bloodType"])
    .where("centreId", "=", centreId)
    .where(sql<boolean>`full_name ILIKE ${"%" + term + "%"}`)
    .limit(25)
    .execute();
}

const INTERVALS = { week: "7 days", month: "30 days", quarter: "90 days" } as const;

export async function deferralsInWindow(centreId: string, window: keyof typeof INTERVALS) {
  const interval = INTERVALS[window] ?? INTERVALS.month;
  // ok: sql-injection
  return db
    .selectFrom("deferrals")
    .select(["id", "reason", "until"])
    .where("centreId", "=", centreId)
    .where(sql<boolean>`created_at > now() - interval '${sql.raw(interval)}'`)
    .execute();
}

export async function reactionsReport(centreId: string, severityFilter: string) {
  // ruleid: sql-injection
  return sql`SELECT r.id, r.severity FROM reactions r JOIN donations d ON d.id = r.donation_id WHERE d.centre_id = ${centreId} AND ${sql.raw(`r.severity = '${severityFilter}'`)}`.execute(db);
}
