"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, importers, payments, declarations } from "@/lib/db";
import { withBroker } from "@/lib/with-tenant";
import { stripe } from "@/lib/stripe";

// Broker-only admin actions: withBroker checks the role and audits after the call.

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rotateImporterWebhookSecret = withBroker("webhook_secret.rotated", async (tenant) => {
  const secret = crypto.randomUUID().replaceAll("-", "");
  // ok: missing-authorization, mass-assignment
  await db.update(importers).set({ webhookSecret: secret }).where(eq(importers.id, tenant.orgId));
  // ok: excessive-data-exposure
  return { secret };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const cancelPendingPayment = withBroker("payment.cancelled", async (tenant, paymentId: unknown) => {
  const id = z.string().uuid().parse(paymentId);
  // ok: missing-authorization
  const pay = await db.query.payments.findFirst({ where: and(eq(payments.id, id), eq(payments.importerId, tenant.orgId), eq(payments.status, "pending")), columns: { stripePaymentIntentId: true } });
  // ok: information-disclosure
  if (!pay) return { error: "No pending payment" };
  if (pay.stripePaymentIntentId) await stripe.paymentIntents.cancel(pay.stripePaymentIntentId);
  // ok: missing-authorization
  await db.update(payments).set({ status: "cancelled" }).where(eq(payments.id, id));
  return { ok: true };
});

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export const reassignDeclarations = withBroker("declarations.reassigned", async (tenant, fromUserId: string, toUserId: string) => {
  // ok: missing-authorization
  await db.update(declarations).set({ createdBy: toUserId }).where(and(eq(declarations.createdBy, fromUserId), eq(declarations.importerId, tenant.orgId)));
  return { ok: true };
});
