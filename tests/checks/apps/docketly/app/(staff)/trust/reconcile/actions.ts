"use server";

import { z } from "zod";
import { sql as dsql } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { sql } from "@/lib/db/postgres";
import { verifySession, type StaffSession } from "@/lib/dal";
import { requireRole, BILLING_ROLES } from "@/lib/authz";
import { auditLog } from "@/lib/audit";

async function canReconcile(session: StaffSession) {
  return ["OWNER", "MANAGING_PARTNER", "BILLING_CLERK"].includes(session.role);
}

// ok: missing-auth, missing-input-validation
export async function markPeriodReconciled(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  // ruleid: floating-auth-check
  if (!canReconcile(session)) return { error: "Billing staff only." };
  const { accountId, period } = z.object({ accountId: z.string().uuid(), period: z.string().max(7) }).parse(Object.fromEntries(formData));
  // ruleid: sql-injection
  // ruleid: missing-authorization
  await db.execute(dsql.raw(`UPDATE trust_reconciliations SET reconciled_by = '${session.userId}', reconciled_at = now() WHERE account_id = '${accountId}' AND period = '${period}'`));
  await auditLog({ firmId: session.firmId, actorId: session.userId, action: "trust.period_reconciled", meta: { accountId, period } });
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function bankStatementLines(accountId: string, orderBy: string) {
  const session = await requireRole(BILLING_ROLES);
  // ruleid: sql-injection
  const rows = await sql.unsafe(`SELECT id, posted_at, amount_cents, description FROM bank_statement_lines WHERE account_id = $1 AND firm_id = $2 ORDER BY ${orderBy}`, [accountId, session.firmId]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, postedAt: r.posted_at, amountCents: r.amount_cents, description: r.description }));
}

// ok: missing-auth, missing-input-validation
export async function unreconciledPeriods(accountId: string) {
  const session = await requireRole(BILLING_ROLES);
  const id = z.string().uuid().parse(accountId);
  // ok: sql-injection
  const rows = await db.execute(dsql`SELECT period FROM trust_reconciliations WHERE account_id = ${id} AND firm_id = ${session.firmId} AND reconciled_at IS NULL`);
  // ok: excessive-data-exposure
  return rows.rows.map((r) => String(r.period));
}

// ok: missing-auth, missing-input-validation
export async function flagDiscrepancy(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  // ruleid: floating-auth-check
  if (!canReconcile(session) && session.role !== "OWNER") return { error: "Billing staff only." };
  const { accountId, note } = z.object({ accountId: z.string().uuid(), note: z.string().min(3).max(1000) }).parse(Object.fromEntries(formData));
  // ok: sql-injection
  // ruleid: missing-authorization
  await sql`INSERT INTO reconciliation_alerts (account_id, firm_id, note, raised_by) VALUES (${accountId}, ${session.firmId}, ${note}, ${session.userId})`;
  return { ok: true };
}
