import { sql } from "@/lib/db/postgres";

const GROUPABLE = new Set(["practice_area", "lead_attorney_id", "status"]);

export async function utilization(firmId: string, from: Date, to: Date) {
  // ok: sql-injection
  return sql`
    SELECT user_id, SUM(minutes) AS minutes, SUM(CASE WHEN billed THEN minutes ELSE 0 END) AS billed_minutes
      FROM time_entries
     WHERE firm_id = ${firmId} AND date BETWEEN ${from} AND ${to}
     GROUP BY user_id`;
}

export async function mattersGroupedBy(firmId: string, groupBy: string) {
  const column = GROUPABLE.has(groupBy) ? groupBy : "status";
  // ok: sql-injection
  return sql.unsafe(`SELECT ${column} AS bucket, COUNT(*)::int AS n FROM matters WHERE firm_id = $1 GROUP BY ${column}`, [firmId]);
}

export async function matterFullText(firmId: string, q: string) {
  // ruleid: sql-injection
  return sql.unsafe(`SELECT id, number, title FROM matters WHERE firm_id = $1 AND to_tsvector(title) @@ plainto_tsquery('${q}') LIMIT 50`, [firmId]);
}

export async function agedReceivables(firmId: string, bucketDays: number[]) {
  const cases = bucketDays.map((d, i) => `WHEN now() - due_at < interval '${d} days' THEN ${i}`).join(" ");
  // Number-only buckets from the report form; still string-built SQL
  // todook: sql-injection -- (gap judge: ambiguous) Number()-coerced buckets checked by the caller in another file, interpolated into sql.unsafe
  return sql.unsafe(`SELECT CASE ${cases} ELSE 99 END AS bucket, SUM(total_cents - paid_cents) AS open FROM invoices WHERE firm_id = $1 GROUP BY 1`, [firmId]);
}
