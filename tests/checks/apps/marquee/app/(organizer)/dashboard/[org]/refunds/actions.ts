"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { withFinance } from "@/lib/wrappers";
import { verifySession } from "@/lib/dal";
import { assertOrderOwner } from "@/lib/permissions";
import { sendEmail } from "@/lib/email";

const refundSchema = z.object({ orderId: z.string().cuid(), amountCents: z.number().int().positive(), reason: z.string().max(500).optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const issueRefund = withFinance(async (ctx, input: unknown) => {
  const { orderId, amountCents, reason } = refundSchema.parse(input);
  // ok: missing-authorization
  const order = await prisma.order.findFirst({
    where: { id: orderId, organizerId: ctx.organizerId, status: "paid" },
    select: { id: true, stripePaymentIntentId: true, totalCents: true },
  });
  if (!order?.stripePaymentIntentId || amountCents > order.totalCents) return { error: "Order can't be refunded" };
  try {
    await stripe.refunds.create({ payment_intent: order.stripePaymentIntentId, amount: amountCents });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Stripe refused the refund: ${(err as Error).message}` };
  }
  await prisma.refund.create({ data: { orderId, amountCents, reason, status: "issued", createdBy: ctx.userId } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestRefund(orderId: string, reason: string) {
  const { userId } = await verifySession();
  const parsed = z.object({ orderId: z.string().cuid(), reason: z.string().min(5).max(500) }).parse({ orderId, reason });
  // ruleid: floating-auth-check
  assertOrderOwner(userId, parsed.orderId);
  // ruleid: missing-authorization
  await prisma.refund.create({ data: { orderId: parsed.orderId, amountCents: 0, reason: parsed.reason, createdBy: userId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit -- sends the confirmation mail with no rate limit (pass 27: rule 7 read literally, "any entry point that sends email or SMS")
export async function requestRefundV2(orderId: string, reason: string) {
  const { userId, email } = await verifySession();
  const parsed = z.object({ orderId: z.string().cuid(), reason: z.string().min(5).max(500) }).parse({ orderId, reason });
  // ok: floating-auth-check
  await assertOrderOwner(userId, parsed.orderId);
  // ok: missing-authorization
  await prisma.refund.create({ data: { orderId: parsed.orderId, amountCents: 0, reason: parsed.reason, createdBy: userId } });
  await sendEmail(email, "We received your refund request", "We'll get back to you within 3 business days.");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const listRefunds = withFinance(async (ctx, _input: void) => {
  const refunds = await prisma.refund.findMany({
    where: { status: { in: ["requested", "issued"] } },
    select: { id: true, orderId: true, amountCents: true, status: true, reason: true },
  });
  const orderIds = await prisma.order.findMany({ where: { organizerId: ctx.organizerId }, select: { id: true } });
  const own = new Set(orderIds.map((o) => o.id));
  // ok: excessive-data-exposure
  return refunds.filter((r) => own.has(r.orderId));
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const submitChargebackEvidence = withFinance(async (ctx, input: unknown) => {
  const { disputeId, text } = z.object({ disputeId: z.string().startsWith("dp_"), text: z.string().max(20_000) }).parse(input);
  // ok: missing-authorization
  const cb = await prisma.chargeback.findFirst({
    where: { stripeDisputeId: disputeId, orderId: { in: (await prisma.order.findMany({ where: { organizerId: ctx.organizerId }, select: { id: true } })).map((o) => o.id) } },
    select: { id: true },
  });
  if (!cb) throw new Error("Unknown dispute");
  await stripe.disputes.update(disputeId, { evidence: { uncategorized_text: text }, submit: true });
  return { ok: true };
});
