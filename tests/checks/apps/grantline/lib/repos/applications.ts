import { sql } from "@/lib/db/postgres";

export async function countByStatus(foundationId: string) {
  // ok: sql-injection
  return sql`select status, count(*)::int as n from applications where foundation_id = ${foundationId} group by status`;
}

export async function filterApplications(foundationId: string, status: string, minCents: number) {
  // ok: sql-injection
  return sql.unsafe("select id, title, status, requested_cents from applications where foundation_id = $1 and status = $2 and requested_cents >= $3", [foundationId, status, minCents]);
}

/** Saved-view filter from the reviewer dashboard ("status = 'submitted' and ..."). */
export async function runSavedView(foundationId: string, whereClause: string) {
  // ruleid: sql-injection
  return sql.unsafe(`select id, title, status from applications where foundation_id = '${foundationId}' and (${whereClause})`);
}
