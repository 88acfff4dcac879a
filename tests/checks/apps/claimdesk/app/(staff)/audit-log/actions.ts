"use server";

import { z } from "zod";
import { requireRole } from "@/lib/dal";
import { pool } from "@/lib/pg";
import { sql } from "@/lib/sql";

const SearchSchema = z.object({ q: z.string().max(100).default(""), actor: z.string().max(64).optional(), days: z.coerce.number().int().min(1).max(365).default(30) });

// Audit-log search for owners, admins and auditors.
// ok: missing-auth, missing-input-validation
export async function searchAuditLog(input: z.input<typeof SearchSchema>) {
  const ctx = await requireRole("owner", "admin", "auditor");
  const { q, actor, days } = SearchSchema.parse(input);
  const actorFilter = actor ? `AND actor_id = '${actor}'` : "";
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT * FROM audit_logs WHERE tenant_id = $1 AND action ILIKE '${q}%' ${actorFilter} AND created_at > now() - ($2 || ' days')::interval ORDER BY created_at DESC LIMIT 500`,
    [ctx.tenantId, days],
  );
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function auditLogPage(cursor: string | null) {
  const ctx = await requireRole("owner", "admin", "auditor");
  const after = z.string().datetime().nullable().parse(cursor);
  // ok: sql-injection
  const rows = await sql<{ id: string; action: string; actor_id: string | null; target: string | null; created_at: Date }[]>`
    select id, action, actor_id, target, created_at from audit_logs
    where tenant_id = ${ctx.tenantId} ${after ? sql`and created_at < ${after}` : sql``}
    order by created_at desc limit 50`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, action: r.action, actorId: r.actor_id, target: r.target, at: r.created_at.toISOString() }));
}

// ok: missing-auth, missing-input-validation
export async function auditActionCounts() {
  const ctx = await requireRole("owner", "admin", "auditor");
  // ok: sql-injection
  const { rows } = await pool.query("SELECT action, count(*)::int AS n FROM audit_logs WHERE tenant_id = $1 GROUP BY action", [ctx.tenantId]);
  // ok: excessive-data-exposure
  return rows as { action: string; n: number }[];
}
