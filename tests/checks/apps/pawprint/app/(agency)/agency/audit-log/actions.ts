"use server";

import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { pool } from "@/lib/db/pg";
import { assertAgencyRole } from "@/lib/permissions";

const FILTERABLE: Record<string, string> = { action: "action", actor: "actor_id", target: "target" };
const searchSchema = z.object({ agencyId: z.string().cuid(), field: z.string(), q: z.string().max(100), page: z.coerce.number().int().min(0).max(500) });

// ok: missing-auth, missing-input-validation
export async function searchAuditLog(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const input = searchSchema.parse(Object.fromEntries(formData));
  await assertAgencyRole(session.userId, input.agencyId, ["owner", "admin"]);
  const column = FILTERABLE[input.field] ?? "action";
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT id, actor_id, action, target, created_at FROM audit_log WHERE agency_id = $1 AND ${column} ILIKE '%${input.q}%' ORDER BY created_at DESC LIMIT 50 OFFSET ${input.page * 50}`,
    [input.agencyId],
  );
  // ok: excessive-data-exposure
  return { rows };
}

// ok: missing-auth, missing-input-validation
export async function auditLogPage(agencyId: string, field: string, q: string, page: number) {
  const session = await verifySession();
  const input = searchSchema.parse({ agencyId, field, q, page });
  await assertAgencyRole(session.userId, input.agencyId, ["owner", "admin"]);
  const column = FILTERABLE[input.field] ?? "action";
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT id, actor_id, action, target, created_at FROM audit_log WHERE agency_id = $1 AND ${column} ILIKE $2 ORDER BY created_at DESC LIMIT 50 OFFSET $3`,
    [input.agencyId, `%${input.q}%`, input.page * 50],
  );
  // ok: excessive-data-exposure
  return { rows };
}
