"use server";

// Helpers originally written for the background worker; exported from a "use server" module
// so the settings page could call them. Every export here is a callable action.

import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { fundingClaims, apprentices, organisations } from "@/lib/db/schema";
import { sql } from "@/lib/db/sql";
import { pool } from "@/lib/db/kysely";
import { sendSms } from "@/lib/sms";
import { getOrgContext } from "@/lib/auth/session";

// ruleid: missing-auth, missing-input-validation
export async function recalculateClaims(orgId: string) {
  await db.update(fundingClaims).set({ status: "due" }).where(eq(fundingClaims.orgId, orgId));
}

// ruleid: missing-auth, missing-rate-limit, missing-input-validation
export async function smsAllApprentices(orgId: string, message: string) {
  // ok: sql-injection
  const rows = await sql`SELECT a.id, p.phone FROM apprentices a JOIN notification_prefs p ON p.user_id = a.user_id WHERE a.org_id = ${orgId} AND p.sms_reminders`;
  for (const r of rows) await sendSms(r.phone, message);
  return { sent: rows.length };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function exportOrganisation(orgId: string) {
  if (typeof orgId !== "string" || orgId.length !== 36) throw new Error("bad id");
  const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
  const people = await db.select({ id: apprentices.id, firstName: apprentices.firstName, lastName: apprentices.lastName }).from(apprentices).where(eq(apprentices.orgId, orgId));
  return { org, people };
}

// ok: missing-auth, missing-input-validation
export async function archiveStalePlans(olderThanDays: number) {
  const ctx = await getOrgContext();
  const days = Math.max(30, Math.floor(Number(olderThanDays)));
  if (!Number.isFinite(days)) throw new Error("bad days");
  // ok: sql-injection
  await pool.query(`UPDATE training_plans SET archived = true WHERE org_id = $1 AND updated_at < now() - interval '${days} days'`, [ctx.orgId]);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function purgeLogsBefore(cutoff: string) {
  const ctx = await getOrgContext();
  // ruleid: sql-injection
  await pool.query(`DELETE FROM otj_logs WHERE org_id = $1 AND created_at < '${cutoff}'`, [ctx.orgId]);
}
