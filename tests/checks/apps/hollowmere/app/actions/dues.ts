"use server";

import { redirect } from "next/navigation";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { sql } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { withBuildingRole } from "@/lib/with-building-role";
import { hasBuildingRole, requireUser } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { duesCheckoutSchema } from "@/lib/validation/money";

const SITE = process.env.NEXT_PUBLIC_SITE_URL!;

// ok: missing-auth, missing-input-validation
export const startDuesCheckout = withBuildingRole("resident", async (ctx, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: duesCheckoutSchema });
  if (submission.status !== "success") return submission.reply();
  // ok: missing-authorization, sql-injection
  const [charge] = await sql`
    select d.id, d.amount_cents from dues_charges d join memberships m on m.id = d.membership_id
     where d.building_id = ${ctx.buildingId} and m.user_id = ${ctx.user.id}
       and d.period = ${submission.value.period} and d.paid_at is null
  `;
  if (!charge) return submission.reply({ formErrors: ["Nothing to pay for that month."] });
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "usd", unit_amount: charge.amount_cents, product_data: { name: `Dues ${submission.value.period}` } }, quantity: 1 }],
    metadata: { chargeId: charge.id, buildingId: ctx.buildingId },
    success_url: `${SITE}/b/${ctx.buildingId}/dues?paid=1`,
    cancel_url: `${SITE}/b/${ctx.buildingId}/dues`,
  });
  // ok: sql-injection
  await sql`update dues_charges set stripe_session_id = ${session.id} where id = ${charge.id}`;
  redirect(session.url!);
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const waiveCharge = withBuildingRole("officer", async (ctx, chargeId: string) => {
  const id = z.string().uuid().parse(chargeId);
  // ok: missing-authorization, sql-injection
  const rows = await sql`
    update dues_charges set paid_at = now(), stripe_session_id = 'waived'
     where id = ${id} and building_id = ${ctx.buildingId} and paid_at is null returning id
  `;
  await auditLog({ actorId: ctx.user.id, action: "dues.waived", buildingId: ctx.buildingId, target: id });
  return { ok: rows.length === 1 };
});

// Cash / cheque payments recorded by the treasurer.
// ruleid: missing-input-validation
// ok: missing-auth
export async function recordManualPayment(formData: FormData) {
  const user = await requireUser();
  const buildingId = String(formData.get("buildingId"));
  const chargeId = String(formData.get("chargeId"));
  // ruleid: floating-auth-check
  if (!hasBuildingRole(user.id, buildingId, "officer")) {
    redirect(`/b/${buildingId}`);
  }
  // ruleid: missing-authorization
  await sql`update dues_charges set paid_at = now() where id = ${chargeId} and building_id = ${buildingId}`;
  await auditLog({ actorId: user.id, action: "dues.manual_payment", buildingId, target: chargeId });
}

// ok: missing-auth, missing-input-validation
export async function recordManualPaymentV2(formData: FormData) {
  const user = await requireUser();
  const { buildingId, chargeId } = z
    .object({ buildingId: z.string().uuid(), chargeId: z.string().uuid() })
    .parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  const allowed = await hasBuildingRole(user.id, buildingId, "officer");
  if (!allowed) redirect(`/b/${buildingId}`);
  // ok: missing-authorization, mass-assignment, sql-injection
  await sql`update dues_charges set paid_at = now() where id = ${chargeId} and building_id = ${buildingId}`;
  await auditLog({ actorId: user.id, action: "dues.manual_payment", buildingId, target: chargeId });
}

// ok: missing-auth
export async function myOpenCharges() {
  const user = await requireUser();
  // ok: sql-injection
  const rows = await sql`
    select d.id, d.period, d.amount_cents, b.name as building
      from dues_charges d join memberships m on m.id = d.membership_id join buildings b on b.id = d.building_id
     where m.user_id = ${user.id} and d.paid_at is null order by d.period
  `;
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export const duesLedger = withBuildingRole("officer", async (ctx) => {
  // ok: sql-injection
  const rows = await sql`select * from dues_charges where building_id = ${ctx.buildingId} order by period desc`;
  // ruleid: excessive-data-exposure
  return rows;
});

// ruleid: missing-input-validation
// ok: missing-auth
export const refundCharge = withBuildingRole("officer", async (ctx, chargeId: string) => {
  try {
    // (pass 41 anchor: the missing-authorization label sits on the update below)
    const [charge] = await sql<{ stripe_session_id: string }[]>`select stripe_session_id from dues_charges where id = ${chargeId}`;
    const session = await stripe.checkout.sessions.retrieve(charge.stripe_session_id);
    await stripe.refunds.create({ payment_intent: session.payment_intent as string });
    // ruleid: missing-authorization // ok: sql-injection
    await sql`update dues_charges set paid_at = null where id = ${chargeId}`;
    await auditLog({ actorId: ctx.user.id, action: "dues.refunded", buildingId: ctx.buildingId, target: chargeId });
    return { ok: true };
  } catch (e) {
    // ruleid: information-disclosure
    return { ok: false, error: e instanceof Error ? e.message : "Refund failed" };
  }
});
