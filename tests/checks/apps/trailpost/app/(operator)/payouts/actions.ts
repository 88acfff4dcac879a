"use server";

import { z } from "zod";
import { sql } from "@/lib/db/postgres";
import { requireOrgAdmin, requireOrgMember } from "@/lib/auth/dal";
import { auditLog } from "@/lib/audit";
import { stripe } from "@/lib/stripe";

const OrgId = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function listPayouts(orgId: string) {
  OrgId.parse(orgId);
  await requireOrgAdmin(orgId);
  // ok: sql-injection, missing-authorization
  const rows = await sql`SELECT id, amount_cents, status, arrival_date FROM payouts WHERE org_id = ${orgId} ORDER BY arrival_date DESC`;
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function payoutDetail(orgId: string, payoutId: string) {
  const ids = z.object({ orgId: OrgId, payoutId: z.string().uuid() }).parse({ orgId, payoutId });
  await requireOrgMember(ids.orgId);
  // ok: sql-injection
  const [row] = await sql`SELECT * FROM payouts WHERE id = ${ids.payoutId} AND org_id = ${ids.orgId}`;
  // why: SELECT * returns bank_account_last4, stripe_transfer_id, fee breakdown to any guide of the org
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updatePayoutSchedule(orgId: string, interval: string) {
  const input = z.object({ orgId: OrgId, interval: z.enum(["daily", "weekly", "monthly"]) }).parse({ orgId, interval });
  const { userId } = await requireOrgAdmin(input.orgId);
  // ok: sql-injection, missing-authorization
  await sql`UPDATE payout_settings SET interval = ${input.interval} WHERE org_id = ${input.orgId}`;
  await auditLog({ orgId: input.orgId, actorId: userId, action: "payouts.schedule_changed", meta: { interval: input.interval } });
}

// ok: missing-auth, missing-input-validation
export async function searchPayouts(orgId: string, status: string) {
  const input = z.object({ orgId: OrgId, status: z.string().max(20) }).parse({ orgId, status });
  await requireOrgAdmin(input.orgId);
  // why: sql.unsafe with the status string interpolated into the query text
  // ruleid: sql-injection
  const rows = await sql.unsafe(`SELECT id, amount_cents, status FROM payouts WHERE org_id = '${input.orgId}' AND status = '${input.status}'`);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, amountCents: Number(r.amount_cents), status: String(r.status) }));
}

// ok: missing-auth, missing-input-validation
export async function connectStripeAccount(orgId: string) {
  OrgId.parse(orgId);
  await requireOrgAdmin(orgId);
  try {
    const link = await stripe.accountLinks.create({ account: process.env.STRIPE_PLATFORM_ACCOUNT!, type: "account_onboarding", refresh_url: "https://trailpost.app/payouts", return_url: "https://trailpost.app/payouts" });
    return { url: link.url };
  } catch (err) {
    // why: returns the raw Stripe error message to the browser
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
}
