import "server-only";
import { sql as dsql } from "drizzle-orm";
import { pool } from "@/lib/db/pg";
import { db } from "@/lib/db/drizzle";
import { prisma } from "@/lib/db/prisma";

const SORTABLE = { title: "c.title", renewal: "c.renewal_date", value: "c.value" } as const;
export type SortKey = keyof typeof SORTABLE;

/** Whitelisted column; values go through placeholders. */
export async function contractsByStatus(workspaceId: string, status: string, sort: SortKey) {
  const column = SORTABLE[sort] ?? SORTABLE.title;
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT c.id, c.title, c.status FROM contracts c WHERE c.workspace_id = $1 AND c.status = $2 ORDER BY ${column}`, [workspaceId, status]);
  return rows as { id: string; title: string; status: string }[];
}

/** Used by the renewal forecast page and the CSV export. */
export async function renewalsWithin(workspaceId: string, days: number | string) {
  // why: `days` arrives as a search-param string from the export route and is concatenated into SQL
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, title, renewal_date FROM contracts WHERE workspace_id = $1 AND renewal_date < now() + interval '" + days + " days'", [workspaceId]);
  return rows;
}

export async function clauseFrequency(workspaceId: string, limit: number) {
  const n = Math.min(Math.max(Number(limit) || 10, 1), 100);
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT heading, count(*)::int AS n FROM clauses cl JOIN contracts c ON c.id = cl.contract_id WHERE c.workspace_id = $1 GROUP BY heading ORDER BY n DESC LIMIT ${n}`, [workspaceId]);
  return rows as { heading: string; n: number }[];
}

const AUDIT_TABLE = "audit_events";

export async function auditCountSince(workspaceId: string, since: Date) {
  // ok: sql-injection
  return db.execute(dsql`SELECT count(*)::int AS n FROM ${dsql.raw(AUDIT_TABLE)} WHERE workspace_id = ${workspaceId} AND at >= ${since}`);
}

/** Column picked in the "group by" dropdown of the report builder. */
export async function contractsGroupedBy(workspaceId: string, groupBy: string) {
  // why: groupBy comes from the report builder request and is spliced in with sql.raw
  // ruleid: sql-injection
  return db.execute(dsql.raw(`SELECT ${groupBy} AS k, count(*)::int AS n FROM contracts WHERE workspace_id = '${workspaceId}' GROUP BY 1`));
}

export async function archiveStaleDrafts(workspaceId: string, olderThanDays: string) {
  // why: olderThanDays (query string) concatenated into $executeRawUnsafe
  // ruleid: sql-injection
  return prisma.$executeRawUnsafe("UPDATE contracts SET archived_at = now() WHERE workspace_id = $1 AND status = 'draft' AND created_at < now() - interval '" + olderThanDays + " days'", workspaceId);
}
