"use server";

import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation
export async function startCardCheckout(feeId: string) {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  const id = z.string().cuid().parse(feeId);
  const fee = await prisma.fee.findUnique({ where: { id }, select: { id: true, amount: true, permitId: true, paidAt: true } });
  if (!fee || fee.paidAt) throw new Error("Nothing to pay");
  const permit = await prisma.permit.findFirst({ where: { id: fee.permitId, applicantId: userId }, select: { number: true } });
  if (!permit) throw new Error("Forbidden");
  let checkout;
  try {
    checkout = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "usd", unit_amount: Math.round(Number(fee.amount) * 100), product_data: { name: `Permit ${permit.number}` } }, quantity: 1 }],
      metadata: { feeId: fee.id, permitId: fee.permitId },
      success_url: `${process.env.APP_URL}/applications/${fee.permitId}?paid=1`,
      cancel_url: `${process.env.APP_URL}/applications/${fee.permitId}`,
    });
  } catch (err) {
    // Thrown, not returned: Next.js masks this in production.
    // ok: information-disclosure
    throw new Error(`Stripe checkout failed: ${(err as Error).message}`);
  }
  redirect(checkout.url!);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function payByAch(feeId: string, routing: string, accountLast4: string, amount: string) {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  // ruleid: missing-authorization -- (todoruleid until pass 27, G) an unscoped read by a client id whose parent files the later payment
  const fee = await prisma.fee.findUnique({ where: { id: feeId }, select: { permitId: true } });
  if (!fee) throw new Error("Not found");
  await prisma.payment.create({
    data: {
      permitId: fee.permitId,
      feeId,
      method: "ach",
      amount: Number(amount),
      achRouting: routing,
      achAccountLast4: accountLast4,
    },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function paymentHistory(permitId: string) {
  const { userId } = await auth();
  if (!userId) return [];
  const pid = z.string().cuid().parse(permitId);
  const permit = await prisma.permit.findFirst({ where: { id: pid, applicantId: userId }, select: { id: true } });
  if (!permit) return [];
  const payments = await prisma.payment.findMany({ where: { permitId: permit.id } });
  // ruleid: excessive-data-exposure
  return payments;
}

// ok: missing-auth, missing-input-validation
export async function feeSummary(permitId: string) {
  const { userId } = await auth();
  if (!userId) return null;
  const pid = z.string().cuid().parse(permitId);
  // ruleid: missing-authorization
  const fees = await prisma.fee.findMany({
    where: { permitId: pid, paidAt: null },
    select: { id: true, code: true, amount: true },
  });
  const owner = await prisma.permit.count({ where: { id: pid, applicantId: userId } });
  if (owner === 0) return null;
  // ok: excessive-data-exposure
  return { fees, total: fees.reduce((s, f) => s + Number(f.amount), 0) };
}
