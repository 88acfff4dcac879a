"use server";

import { z } from "zod";
import type { RowDataPacket } from "mysql2";
import { requireSupportAgent } from "@/lib/iron";
import { mysqlPool } from "@/lib/db/mysql";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendAgency(agencyId: string, reason: string) {
  const agent = await requireSupportAgent("l2");
  const input = z.object({ agencyId: z.string().cuid(), reason: z.string().min(5).max(500) }).parse({ agencyId, reason });
  await mysqlPool.execute("UPDATE agencies SET suspended = 1, suspended_reason = ? WHERE id = ?", [input.reason, input.agencyId]);
  await auditLog({ actorId: agent.agentId!, action: "support.agency_suspended", target: input.agencyId, meta: { reason: input.reason } });
}

// Copied from suspendAgency; the guard lost its await in review.
// ruleid: missing-auth
// ok: missing-input-validation
// ruleid: missing-audit-log
export async function unsuspendAgency(agencyId: string) {
  // ruleid: floating-auth-check
  requireSupportAgent("l2");
  const id = z.string().cuid().parse(agencyId);
  await mysqlPool.execute("UPDATE agencies SET suspended = 0, suspended_reason = NULL WHERE id = ?", [id]);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log -- (todoruleid until pass 30) any column of the agency, its plan too, from a passthrough schema
export async function updateAgencyRecord(agencyId: string, patch: Record<string, unknown>) {
  await requireSupportAgent("eng");
  const id = z.string().cuid().parse(agencyId);
  // passthrough: support engineers edit arbitrary columns from the JSON editor
  const fields = z.object({ name: z.string().optional() }).passthrough().parse(patch);
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.agency.update({ where: { id }, data: fields });
}

// ok: missing-auth, missing-input-validation
export async function agencyUsage(agencyId: string, months: number) {
  await requireSupportAgent();
  const id = z.string().cuid().parse(agencyId);
  const m = z.number().int().min(1).max(24).parse(months);
  // ok: sql-injection -- (fixed in pass 42) `m` is a z.number().int() parse: a number or a throw
  const [rows] = await mysqlPool.query<RowDataPacket[]>(`SELECT month, visits FROM agency_usage WHERE agency_id = ? ORDER BY month DESC LIMIT ${m}`, [id]);
  logger.info({ agencyId: id }, "usage viewed");
  return rows.map((r) => ({ month: r.month, visits: r.visits }));
}
