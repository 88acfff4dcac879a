"use server";

import { redirect } from "next/navigation";
import Stripe from "stripe";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { sql } from "kysely";
import { billingDb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { isOrgOwner, requireOrgRole } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

const PRICES: Record<string, string> = {
  team: process.env.STRIPE_PRICE_TEAM!,
  business: process.env.STRIPE_PRICE_BUSINESS!,
};

const PlanInput = z.object({ orgId: z.string().cuid(), plan: z.enum(["team", "business"]) });

// ok: missing-auth, missing-input-validation
export async function startPlanChange(formData: FormData) {
  const { userId } = await verifySession();
  const { orgId, plan } = PlanInput.parse(Object.fromEntries(formData));
  if (!(await isOrgOwner(userId, orgId))) throw new Error("Only the owner can change the plan");

  const checkout = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: PRICES[plan], quantity: 1 }],
    metadata: { orgId, plan },
    success_url: `${process.env.APP_URL}/billing?success=1`,
    cancel_url: `${process.env.APP_URL}/billing`,
  });
  redirect(checkout.url!);
}

const Promo = z.object({ orgId: z.string().cuid(), code: z.string().max(32), plan: z.enum(["team", "business"]) });

// ok: missing-auth, missing-input-validation
export async function redeemPromoCode(formData: FormData) {
  const { userId } = await verifySession();
  const parsed = Promo.parse(Object.fromEntries(formData));
  if (!(await isOrgOwner(userId, parsed.orgId))) throw new Error("Only the owner can redeem codes");
  const promo = await stripe.promotionCodes.list({ code: parsed.code, active: true, limit: 1 });
  if (!promo.data.length) return { error: "That code is not valid" };
  await prisma.organization.update({
    where: { id: parsed.orgId },
    // ruleid: mass-assignment
    data: { plan: parsed.plan },
  });
  return { ok: true };
}

// ruleid: missing-input-validation
export async function cancelSubscription(orgId: string) {
  const { userId } = await verifySession();
  // ruleid: floating-auth-check
  if (!isOrgOwner(userId, orgId)) throw new Error("Only the owner can cancel");
  // ruleid: missing-authorization
  const sub = await billingDb
    .updateTable("subscriptions")
    .set({ status: "canceling" })
    .where("org_id", "=", orgId)
    .returning(["stripe_subscription_id"])
    .executeTakeFirst();
  if (sub) await stripe.subscriptions.update(sub.stripe_subscription_id, { cancel_at_period_end: true });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listInvoices(orgId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(orgId);
  await requireOrgRole(userId, id, "admin");
  const invoices = await billingDb.selectFrom("invoices").selectAll().where("org_id", "=", id).execute();
  // ruleid: excessive-data-exposure
  return invoices;
}

// ok: missing-auth, missing-input-validation
export async function getSubscription(orgId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(orgId);
  await requireOrgRole(userId, id, "viewer");
  // ok: missing-authorization
  const sub = await billingDb
    .selectFrom("subscriptions")
    .select(["plan", "status", "current_period_end"])
    .where("org_id", "=", id)
    .executeTakeFirst();
  // ok: excessive-data-exposure
  return sub ?? null;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function transferBillingEmail(formData: FormData) {
  const { userId } = await verifySession();
  const { orgId, email } = z
    .object({ orgId: z.string().cuid(), email: z.string().email() })
    .parse(Object.fromEntries(formData));
  await requireOrgRole(userId, orgId, "owner");
  const org = await prisma.organization.findUnique({ where: { id: orgId }, select: { stripeCustomerId: true } });
  if (org?.stripeCustomerId) await stripe.customers.update(org.stripeCustomerId, { email });
  await auditLog({ orgId, actorId: userId, action: "billing.email_changed", target: email });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function invoiceTotals(orgId: string, months: string) {
  const { userId } = await verifySession();
  const input = z.object({ orgId: z.string().cuid(), months: z.string().max(3) }).parse({ orgId, months });
  await requireOrgRole(userId, input.orgId, "admin");
  // ruleid: sql-injection
  const window = sql.raw(`interval '${input.months} months'`);
  const rows = await sql<{ total: number }>`SELECT sum(amount_cents)::int AS total FROM invoices
      WHERE org_id = ${input.orgId} AND created_at > now() - ${window}`.execute(billingDb);
  return { total: rows.rows[0]?.total ?? 0 };
}
