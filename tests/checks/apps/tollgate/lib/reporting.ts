import { sql as ksql } from "kysely";
import { reportingDb } from "@/lib/db/kysely";

const GROUPINGS = { origin: "origin_country", status: "status" } as const;
type Grouping = keyof typeof GROUPINGS;

export async function dutyByGroup(importerId: string, grouping: Grouping) {
  const col = GROUPINGS[grouping] ?? "status";
  // ok: sql-injection
  return reportingDb
    .selectFrom("declarations")
    .select([ksql.ref(col).as("bucket"), ksql`sum(duty_total)`.as("duty")])
    .where("importer_id", "=", importerId)
    .groupBy(ksql.ref(col))
    .execute();
}

export async function paymentsBetween(importerId: string, from: string, to: string) {
  // ok: sql-injection
  const result = await ksql`
    SELECT date_trunc('day', paid_at) AS day, sum(amount) AS total
    FROM payments WHERE importer_id = ${importerId} AND paid_at BETWEEN ${from} AND ${to}
    GROUP BY 1 ORDER BY 1`.execute(reportingDb);
  return result.rows as { day: string; total: number }[];
}

// Ops dashboard: free-form filter from the UI is pasted into the WHERE clause.
export async function opsDeclarationReport(filter: string) {
  // ruleid: sql-injection
  const result = await ksql.raw(`SELECT importer_id, status, count(*) AS n FROM declarations WHERE ${filter} GROUP BY 1, 2`).execute(reportingDb);
  return result.rows;
}

export async function lineItemsByHsPrefix(importerId: string, prefix: string) {
  // ok: sql-injection
  return reportingDb
    .selectFrom("line_items")
    .select(["hs_code", ksql`sum(quantity)`.as("qty")])
    .where("importer_id", "=", importerId)
    .where("hs_code", "like", `${prefix}%`)
    .groupBy("hs_code")
    .execute();
}
