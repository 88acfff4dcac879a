import { pool } from "@/lib/db/pg";
import { warehouse } from "@/lib/db/mysql";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@prisma/client";
import { sql as sqlPg } from "@/lib/db/postgres";
import { db } from "@/lib/db/drizzle";
import { sql as dsql } from "drizzle-orm";

const SORTABLE = { created: "created_at", updated: "updated_at", priority: "priority_rank", sla: "sla_due_at" } as const;
export type SortKey = keyof typeof SORTABLE;

const OPERATORS = { eq: "=", neq: "<>", gt: ">", lt: "<" } as const;
const FILTER_FIELDS = { status: "status", priority: "priority", assignee_id: "assignee_id" } as const;

export type ViewFilter = { field: "status" | "priority" | "assignee_id"; op: keyof typeof OPERATORS; value: string };

export async function runSavedView(workspaceId: string, filters: ViewFilter[], sort: SortKey, dir: "asc" | "desc") {
  const params: unknown[] = [workspaceId];
  const where = filters.map((f) => {
    params.push(f.value);
    return `${FILTER_FIELDS[f.field]} ${OPERATORS[f.op]} $${params.length}`;
  });
  const column = SORTABLE[sort] ?? "created_at";
  const order = dir === "asc" ? "ASC" : "DESC";
  const text = `select id, number, subject, status, priority from tickets where workspace_id = $1 ${where.map((w) => `and ${w}`).join(" ")} order by ${column} ${order} limit 100`;
  // ok: sql-injection
  const { rows } = await pool.query(text, params);
  return rows;
}

export async function searchTicketsFullText(workspaceId: string, q: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`select id, number, subject from tickets where workspace_id = '${workspaceId}' and search_vector @@ plainto_tsquery('${q}')`);
  return rows;
}

export async function searchCustomers(workspaceId: string, term: string, orderBy: string) {
  // ruleid: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, email, name FROM "Customer" WHERE "workspaceId" = $1 AND email ILIKE $2 ORDER BY ${orderBy}`, workspaceId, `%${term}%`);
}

export async function countByStatus(workspaceId: string) {
  // ok: sql-injection
  return prisma.$queryRaw(Prisma.sql`SELECT status, count(*)::int AS n FROM "Ticket" WHERE "workspaceId" = ${workspaceId} GROUP BY status`);
}

export async function warehouseAgentStats(workspaceId: string, fromDays: number) {
  const days = Number(fromDays) || 30;
  // ok: sql-injection
  const [rows] = await warehouse.query(`SELECT agent_id, COUNT(*) AS solved FROM ticket_events WHERE workspace_id = ? AND type = 'solved' AND at > NOW() - INTERVAL ${days} DAY GROUP BY agent_id`, [workspaceId]);
  return rows;
}

export async function warehouseTagReport(workspaceId: string, tag: string) {
  // ruleid: sql-injection
  const [rows] = await warehouse.execute("SELECT DATE(at) d, COUNT(*) n FROM ticket_events WHERE workspace_id = ? AND tag = '" + tag + "' GROUP BY d", [workspaceId]);
  return rows;
}

const EXPORT_COLUMNS = { number: "number", subject: "subject", status: "status", priority: "priority" } as const;

export async function exportColumns(workspaceId: string, columns: (keyof typeof EXPORT_COLUMNS)[]) {
  const cols = columns.map((c) => EXPORT_COLUMNS[c]).filter(Boolean).join(", ") || "number";
  // ok: sql-injection
  return sqlPg.unsafe(`select ${cols} from tickets where workspace_id = $1`, [workspaceId]);
}

export async function exportColumnsRaw(workspaceId: string, columns: string) {
  // ruleid: sql-injection
  return sqlPg.unsafe(`select ${columns} from tickets where workspace_id = $1`, [workspaceId]);
}

export async function customersByTag(workspaceId: string, tag: string) {
  // ruleid: sql-injection
  return pool.query("select id, email from customers where workspace_id = $1 and tags @> array['" + tag + "']", [workspaceId]);
}

export async function bumpPriorityRank(ticketId: string, delta: number) {
  // ruleid: sql-injection
  return prisma.$executeRawUnsafe(`UPDATE "Ticket" SET priority_rank = priority_rank + ${delta} WHERE id = '${ticketId}'`);
}

export async function statusCountsSince(workspaceId: string, since: Date) {
  // ok: sql-injection
  return prisma.$executeRawUnsafe('UPDATE "Workspace" SET "statsRefreshedAt" = now() WHERE id = $1 AND $2::timestamptz IS NOT NULL', workspaceId, since);
}

export async function filterByDrizzle(workspaceId: string, expr: string) {
  // ruleid: sql-injection
  return db.execute(dsql.raw(`select id from tickets where workspace_id = '${workspaceId}' and ${expr}`));
}

export async function filterByDrizzleSafe(workspaceId: string, status: string) {
  // ok: sql-injection
  return db.execute(dsql`select id from tickets where workspace_id = ${workspaceId} and status = ${status}`);
}
