"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { redirect } from "next/navigation";
import { db, declarations, payments, importers } from "@/lib/db";
import { getTenant, requireBroker } from "@/lib/tenant";
import { stripe } from "@/lib/stripe";
import { withBroker } from "@/lib/with-tenant";

// ok: missing-auth, missing-input-validation
export async function payDuty(declarationId: string) {
  const tenant = await requireBroker();
  const id = z.string().uuid().parse(declarationId);
  // ok: missing-authorization
  const decl = await db.query.declarations.findFirst({ where: and(eq(declarations.id, id), eq(declarations.importerId, tenant.orgId)), columns: { id: true, dutyTotal: true, reference: true } });
  if (!decl) throw new Error("Declaration not found");
  const imp = await db.query.importers.findFirst({ where: eq(importers.id, tenant.orgId), columns: { stripeCustomerId: true } });
  const amount = Math.round(Number(decl.dutyTotal) * 100);
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    customer: imp?.stripeCustomerId ?? undefined,
    line_items: [{ price_data: { currency: "eur", unit_amount: amount, product_data: { name: `Duty ${decl.reference}` } }, quantity: 1 }],
    metadata: { declarationId: decl.id, importerId: tenant.orgId },
    success_url: `${process.env.APP_URL}/declarations/${decl.id}?paid=1`,
    cancel_url: `${process.env.APP_URL}/declarations/${decl.id}`,
  });
  // ok: missing-authorization
  await db.insert(payments).values({ importerId: tenant.orgId, declarationId: decl.id, amount, stripePaymentIntentId: session.payment_intent as string | null });
  redirect(session.url!);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function payDutyAmount(declarationId: string, amountCents: number) {
  const tenant = await getTenant();
  // todoruleid: missing-authorization -- known gap (pass 35, cause F): a new row filed under a client-named parent after a session only
  await db.insert(payments).values({ importerId: tenant.orgId, declarationId, amount: amountCents });
  const intent = await stripe.paymentIntents.create({ amount: amountCents, currency: "eur", metadata: { declarationId } });
  return { clientSecret: intent.client_secret };
}

// ok: missing-auth, missing-input-validation
export async function listPayments() {
  const tenant = await getTenant();
  const rows = await db.select({ id: payments.id, amount: payments.amount, status: payments.status, paidAt: payments.paidAt }).from(payments).where(eq(payments.importerId, tenant.orgId));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const refundPayment = withBroker("payment.refunded", async (tenant, paymentId: unknown) => {
  const id = z.string().uuid().parse(paymentId);
  // ok: missing-authorization
  const pay = await db.query.payments.findFirst({ where: and(eq(payments.id, id), eq(payments.importerId, tenant.orgId)), columns: { stripePaymentIntentId: true } });
  if (!pay?.stripePaymentIntentId) return { error: "Nothing to refund" };
  await stripe.refunds.create({ payment_intent: pay.stripePaymentIntentId });
  // ok: missing-authorization
  await db.update(payments).set({ status: "refunded" }).where(eq(payments.id, id));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function openBillingPortal() {
  const tenant = await requireBroker();
  const imp = await db.query.importers.findFirst({ where: eq(importers.id, tenant.orgId), columns: { stripeCustomerId: true } });
  if (!imp?.stripeCustomerId) return { error: "No billing account yet" };
  const portal = await stripe.billingPortal.sessions.create({ customer: imp.stripeCustomerId, return_url: `${process.env.APP_URL}/settings` });
  redirect(portal.url);
}

// ok: missing-auth, missing-input-validation
export async function getBillingAccount() {
  const tenant = await getTenant();
  const [imp] = await db.select().from(importers).where(eq(importers.id, tenant.orgId));
  // ruleid: excessive-data-exposure
  return imp;
}
