"use server";

import { z } from "zod";
import { ownerClient } from "@/lib/safe-action";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export const refundRequest = ownerClient
  .inputSchema(z.object({ invoiceId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const inv = await prisma.invoice.findFirst({ where: { id: parsedInput.invoiceId, ownerId: ctx.owner.id, status: "paid" }, select: { id: true, stripePaymentIntent: true } });
    if (!inv?.stripePaymentIntent) return { error: "Not refundable" };
    try {
      await stripe.refunds.create({ payment_intent: inv.stripePaymentIntent });
      return { ok: true };
    } catch (e) {
      logger.error("refund.failed", { invoiceId: inv.id, err: String(e) });
      // ok: information-disclosure
      return { error: "We could not process the refund. The clinic has been notified." };
    }
  });

// ok: missing-auth, missing-input-validation
export async function savePaymentMethod(setupIntentId: string) {
  const s = await verifySession();
  const id = z.string().startsWith("seti_").parse(setupIntentId);
  try {
    const si = await stripe.setupIntents.retrieve(id);
    const owner = await prisma.owner.findUnique({ where: { id: s.ownerId }, select: { stripeCustomerId: true } });
    if (si.customer !== owner?.stripeCustomerId) return { error: "Mismatch" };
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err instanceof Error ? err.message : "Unknown error" };
  }
}

// ok: missing-auth, missing-input-validation
export async function portalSession() {
  const s = await verifySession();
  try {
    const owner = await prisma.owner.findUnique({ where: { id: s.ownerId }, select: { stripeCustomerId: true } });
    const portal = await stripe.billingPortal.sessions.create({ customer: owner!.stripeCustomerId!, return_url: "https://vetpoint.app/portal" });
    return { url: portal.url };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: "Stripe error", detail: err };
  }
}

// ok: missing-auth, missing-input-validation
export async function chargeSaved(invoiceId: string) {
  const s = await verifySession();
  const id = z.string().parse(invoiceId);
  // ok: missing-authorization
  const inv = await prisma.invoice.findFirst({ where: { id, ownerId: s.ownerId }, select: { id: true, amount: true } });
  if (!inv) throw new Error("Invoice not found");
  try {
    await stripe.paymentIntents.create({ amount: inv.amount, currency: "gbp", confirm: true, metadata: { invoiceId: inv.id } });
  } catch (err) {
    // ok: information-disclosure
    throw new Error(`Payment failed: ${(err as Error).message}`);
  }
  return { ok: true };
}
