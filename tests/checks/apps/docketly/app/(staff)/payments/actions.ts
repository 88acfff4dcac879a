"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { verifySession } from "@/lib/dal";
import { requireRole, BILLING_ROLES } from "@/lib/authz";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function createCardCheckout(invoiceId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(invoiceId);
  // ok: missing-authorization
  const invoice = await prisma.invoice.findFirst({ where: { id, firmId: session.firmId }, select: { id: true, number: true, totalCents: true, paidCents: true } });
  if (!invoice) throw new Error("Invoice not found");
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    payment_method_types: ["card", "us_bank_account"],
    line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: invoice.totalCents - invoice.paidCents, product_data: { name: `Invoice ${invoice.number}` } } }],
    metadata: { invoiceId: invoice.id, firmId: session.firmId },
    success_url: "https://app.docketly.law/invoices?paid=1",
    cancel_url: "https://app.docketly.law/invoices",
  });
  redirect(checkout.url!);
}

// ok: missing-auth, missing-input-validation
export async function refundPayment(_prev: unknown, formData: FormData) {
  const session = await requireRole(BILLING_ROLES);
  const paymentId = z.string().cuid().parse(formData.get("paymentId"));
  const payment = await prisma.payment.findFirst({
    where: { id: paymentId, provider: "stripe" },
    select: { providerRef: true, amountCents: true, invoiceId: true },
  });
  if (!payment) return { error: "Payment not found" };
  // ok: missing-authorization
  const invoice = await prisma.invoice.findFirst({ where: { id: payment.invoiceId, firmId: session.firmId }, select: { id: true } });
  if (!invoice) return { error: "Payment not found" };
  try {
    await stripe.refunds.create({ payment_intent: payment.providerRef });
    await prisma.payment.update({ where: { id: paymentId }, data: { status: "REFUNDED" } });
    logger.info("payment.refunded", { paymentId, by: session.userId });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Stripe refused the refund: ${(err as Error).message}` };
  }
}

// ok: missing-auth, missing-input-validation
export async function chargeAchOnFile(_prev: unknown, formData: FormData) {
  const session = await requireRole(BILLING_ROLES);
  const parsed = z.object({ invoiceId: z.string().cuid(), paymentMethodId: z.string().startsWith("pm_") }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Pick a bank account." };
  const invoice = await prisma.invoice.findFirst({ where: { id: parsed.data.invoiceId, firmId: session.firmId }, select: { id: true, totalCents: true, paidCents: true } });
  if (!invoice) return { error: "Invoice not found" };
  try {
    await stripe.paymentIntents.create({ amount: invoice.totalCents - invoice.paidCents, currency: "usd", payment_method: parsed.data.paymentMethodId, confirm: true, metadata: { invoiceId: invoice.id } });
    return { ok: true };
  } catch (err) {
    logger.error("ach.failed", { err: String(err), invoiceId: invoice.id });
    // ok: information-disclosure
    return { error: "The bank payment could not be started. Try another account." };
  }
}
