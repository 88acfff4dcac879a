"use server";

import { z } from "zod";
import { withRole } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";

const Filter = z.object({ action: z.string().max(60).optional(), cursor: z.string().optional(), order: z.enum(["asc", "desc"]).default("desc") });

// School-wide audit log screen (owners/admins).
// ok: missing-auth, missing-input-validation
export const listAuditLog = withRole(["owner", "admin"], async (ctx, filter: unknown) => {
  const f = Filter.parse(filter ?? {});
  // ok: missing-authorization
  const rows = await prisma.auditLog.findMany({ where: { schoolId: ctx.schoolId, action: f.action }, orderBy: { createdAt: f.order }, take: 100 });
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const auditLogCsv = withRole(["owner", "admin"], async (ctx, filter: unknown) => {
  const f = Filter.parse(filter ?? {});
  const direction = f.order === "asc" ? "ASC" : "DESC";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT created_at, actor_id, action, target FROM audit_logs WHERE school_id = $1 ORDER BY created_at ${direction} LIMIT 5000`, [ctx.schoolId]);
  // ok: excessive-data-exposure
  return rows.map((r) => [r.created_at, r.actor_id, r.action, r.target].join(",")).join("\n");
});

// ok: missing-auth
// ruleid: missing-input-validation
export const searchAuditLog = withRole(["owner", "admin"], async (ctx, term: string) => {
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT created_at, action, target FROM audit_logs WHERE school_id = $1 AND target LIKE '%" + term + "%'", [ctx.schoolId]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ at: r.created_at as Date, action: r.action as string, target: r.target as string }));
});
