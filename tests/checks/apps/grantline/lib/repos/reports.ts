import { sql } from "kysely";
import { kdb } from "@/lib/db/kysely";

export async function listReports(foundationId: string) {
  return kdb.selectFrom("reports").select(["id", "name", "created_by"]).where("foundation_id", "=", foundationId).execute();
}

export async function pivotApplications(foundationId: string, groupBy: string) {
  // ruleid: sql-injection
  const q = sql`select ${sql.raw(groupBy)} as bucket, count(*) as n from applications where foundation_id = ${foundationId} group by 1`;
  return q.execute(kdb);
}

export async function topRequests(foundationId: string) {
  // ok: sql-injection
  const q = sql`select id, title, requested_cents from applications where foundation_id = ${foundationId} order by requested_cents desc limit 10`;
  return q.execute(kdb);
}
