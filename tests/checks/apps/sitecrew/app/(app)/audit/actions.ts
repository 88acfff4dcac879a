"use server";

import { z } from "zod";
import { pool } from "@/lib/db/pool";
import { requireRole } from "@/lib/guards";
import { orderByColumn, direction } from "@/lib/sql-helpers";

const FilterSchema = z.object({
  action: z.string().max(60).default(""),
  sort: z.string().optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.number().int().min(0).max(1000).default(0),
});

// Tenant audit-log screen search.
// ok: missing-auth, missing-input-validation
export async function searchAuditLog(filters: z.input<typeof FilterSchema>) {
  const session = await requireRole(["OWNER", "ADMIN"]);
  const f = FilterSchema.parse(filters);
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT id, action, actor_id, target, created_at FROM audit_logs
     WHERE tenant_id = $1 AND action LIKE '${f.action}%'
     ORDER BY ${orderByColumn(f.sort)} ${direction(f.dir)} LIMIT 50 OFFSET $2`,
    [session.tenantId, f.page * 50],
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, action: r.action, actorId: r.actor_id, target: r.target, at: r.created_at }));
}

// ok: missing-auth, missing-input-validation
export async function auditActions() {
  const session = await requireRole(["OWNER", "ADMIN"]);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT DISTINCT action FROM audit_logs WHERE tenant_id = $1 ORDER BY action", [session.tenantId]);
  // ok: excessive-data-exposure
  return rows.map((r) => String(r.action));
}
