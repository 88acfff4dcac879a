import "server-only";
import { sql } from "~/lib/pg";
import { db } from "~/lib/db";

const BUCKETS = new Set(["day", "week", "month"]);
const NOTES_TABLE = "notes";

export async function wordCountReport(workspaceId: string, groupBy: string) {
  // ruleid: sql-injection
  return sql.unsafe(`select date_trunc('${groupBy}', created_at) as bucket, sum(word_count)::int as words from notes where workspace_id = $1 group by 1 order by 1`, [workspaceId]);
}

export async function wordCountReportChecked(workspaceId: string, groupBy: string) {
  const bucket = BUCKETS.has(groupBy) ? groupBy : "day";
  // ok: sql-injection -- only an allow-listed value (or a constant) is interpolated
  return sql.unsafe(`select date_trunc('${bucket}', created_at) as bucket, sum(word_count)::int as words from ${NOTES_TABLE} where workspace_id = $1 group by 1 order by 1`, [workspaceId]);
}

export async function activeAuthors(workspaceId: string) {
  // ok: sql-injection -- postgres.js tagged template
  return sql`select author_id, count(*)::int as notes from notes where workspace_id = ${workspaceId} group by author_id`;
}

export async function staleNotes(workspaceId: string, olderThan: string) {
  const filter = "WHERE workspace_id = $1 AND updated_at < '" + olderThan + "'";
  // ruleid: sql-injection
  const { rows } = await db.query("SELECT id, title, updated_at FROM notes " + filter, [workspaceId]);
  return rows;
}
