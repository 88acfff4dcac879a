"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withTreasurer } from "@/lib/wrappers";
import { requireMember } from "@/lib/auth/session";
import { duesAdjustSchema } from "@/lib/validation/yup";
import { stripe } from "@/lib/payments/stripe";

// ok: missing-auth, missing-audit-log, missing-input-validation
export const adjustDues = withTreasurer(async (formData, { gardenId }) => {
  const data = await duesAdjustSchema.validate(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.duesPayment.update({ where: { id: data.paymentId, gardenId }, data: { amountCents: data.amountCents } });
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const waiveDues = withTreasurer(async (formData) => {
  const paymentId = formData.get("paymentId") as string;
  // ruleid: missing-authorization
  await prisma.duesPayment.update({ where: { id: paymentId }, data: { waived: true, status: "waived" } });
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const recordCashPayment = withTreasurer(async (formData, { gardenId }) => {
  const body = Object.fromEntries(formData);
  // ruleid: mass-assignment // ok: missing-authorization
  await prisma.duesPayment.create({ data: { ...body, gardenId, status: "paid" } as never });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function startDuesCheckout(gardenId: string) {
  const { userId, email } = await requireMember();
  const id = z.string().cuid().parse(gardenId);
  const membership = await prisma.gardenMembership.findUnique({
    where: { gardenId_userId: { gardenId: id, userId } },
    select: { garden: { select: { duesCents: true, name: true } } },
  });
  if (!membership) return { error: "Not a member of this garden" };
  // ok: mass-assignment
  const payment = await prisma.duesPayment.create({ data: { gardenId: id, userId, amountCents: membership.garden.duesCents } });
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: email,
    line_items: [{ price_data: { currency: "eur", unit_amount: membership.garden.duesCents, product_data: { name: `${membership.garden.name} dues` } }, quantity: 1 }],
    metadata: { paymentId: payment.id },
    success_url: `${process.env.APP_URL}/g/${id}/dues?paid=1`,
    cancel_url: `${process.env.APP_URL}/g/${id}/dues`,
  });
  await prisma.duesPayment.update({ where: { id: payment.id }, data: { stripeSessionId: checkout.id } });
  return { url: checkout.url };
}

// ok: missing-auth
export async function myDuesHistory() {
  const { userId } = await requireMember();
  const rows = await prisma.duesPayment.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  // ok: excessive-data-exposure
  return rows.map(({ id, amountCents, status, createdAt }) => ({ id, amountCents, status, createdAt }));
}
