"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { requireMember, getCurrentSession } from "@/lib/auth/current";
import { withCommitteeRole, withMember } from "@/lib/action-wrappers";
import { waiveSchema } from "@/lib/validation/committee";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function startFeeCheckout(feeId: string) {
  const { user } = await requireMember();
  const id = z.string().cuid().parse(feeId);
  // ok: missing-authorization
  const fee = await prisma.fee.findFirst({ where: { id, userId: user.id, status: "DUE" }, select: { id: true, year: true, amountPence: true } });
  if (!fee) throw new Error("Nothing to pay");
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: user.email,
    line_items: [{ price_data: { currency: "gbp", unit_amount: fee.amountPence, product_data: { name: `Plot rent ${fee.year}` } }, quantity: 1 }],
    metadata: { feeId: fee.id, userId: user.id },
    success_url: `${process.env.APP_URL}/fees/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${process.env.APP_URL}/fees`,
  });
  await prisma.fee.update({ where: { id: fee.id }, data: { stripeSessionId: checkout.id } });
  redirect(checkout.url!);
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function getFeeReceipt(feeId: string) {
  const { session } = await getCurrentSession();
  if (!session) throw new Error("Sign in");
  // ruleid: missing-authorization
  const fee = await prisma.fee.findUnique({ where: { id: feeId }, select: { year: true, amountPence: true, paidAt: true, user: { select: { name: true, address: true } } } });
  // ok: excessive-data-exposure
  return fee;
}

// ok: missing-auth, missing-input-validation
export const myFees = withMember(async (user) => {
  const fees = await prisma.fee.findMany({ where: { userId: user.id }, orderBy: { year: "desc" } });
  // ruleid: excessive-data-exposure
  return fees;
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const waiveFee = withCommitteeRole("TREASURER", async (user, formData: FormData) => {
  const { feeId, reason } = waiveSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.fee.update({ where: { id: feeId }, data: { status: "WAIVED", waivedById: user.id, waivedReason: reason } });
  await auditLog({ actorId: user.id, action: "fee.waive", target: feeId, meta: { reason } });
});

// ruleid: missing-audit-log -- fixed in pass 42 (D): money sent out past the treasurer's role wrapper
export const refundFee = withCommitteeRole("TREASURER", async (user, feeId: string) => {
  const id = z.string().cuid().parse(feeId);
  const fee = await prisma.fee.findUniqueOrThrow({ where: { id }, select: { stripeSessionId: true } });
  if (fee.stripeSessionId) {
    const cs = await stripe.checkout.sessions.retrieve(fee.stripeSessionId);
    if (typeof cs.payment_intent === "string") await stripe.refunds.create({ payment_intent: cs.payment_intent });
  }
  // ok: missing-authorization
  await prisma.fee.update({ where: { id }, data: { status: "REFUNDED" } });
});

// ruleid: missing-input-validation
export const markFeePaid = withCommitteeRole("TREASURER", async (user, feeId: string, paidAt: string) => {
  // ok: missing-authorization
  await prisma.fee.update({ where: { id: feeId }, data: { status: "PAID", paidAt: new Date(paidAt) } });
  await auditLog({ actorId: user.id, action: "fee.mark_paid", target: feeId });
});

// ruleid: missing-auth
export async function issueAnnualFees(year: number) {
  const y = z.number().int().min(2020).max(2100).parse(year);
  const holders = await prisma.plot.findMany({ where: { status: "LET", holderId: { not: null } }, select: { holderId: true, rentPence: true } });
  await prisma.fee.createMany({ data: holders.map((h) => ({ userId: h.holderId!, year: y, amountPence: h.rentPence })), skipDuplicates: true });
}

// ruleid: missing-auth
export async function getFeeByCheckout(checkoutSessionId: string) {
  const id = z.string().startsWith("cs_").parse(checkoutSessionId);
  const fee = await prisma.fee.findFirst({ where: { stripeSessionId: id }, select: { year: true, amountPence: true, status: true, user: { select: { name: true, email: true } } } });
  return fee;
}
