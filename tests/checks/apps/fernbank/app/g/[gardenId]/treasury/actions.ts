"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/payments/stripe";
import { requireMember } from "@/lib/auth/session";
import { isTreasurer } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

const refundSchema = z.object({ gardenId: z.string().cuid(), paymentId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function refundDues(input: unknown) {
  const { userId } = await requireMember();
  const data = refundSchema.parse(input);
  if (!(await isTreasurer(userId, data.gardenId))) return { error: "Treasurer only" };
  // ok: missing-authorization
  const payment = await prisma.duesPayment.findFirst({ where: { id: data.paymentId, gardenId: data.gardenId }, select: { id: true, stripeSessionId: true } });
  if (!payment?.stripeSessionId) return { error: "Nothing to refund" };
  try {
    const session = await stripe.checkout.sessions.retrieve(payment.stripeSessionId);
    await stripe.refunds.create({ payment_intent: session.payment_intent as string });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Stripe refused the refund: ${(err as Error).message}` };
  }
  await prisma.duesPayment.update({ where: { id: payment.id }, data: { status: "refunded" } });
  await auditLog({ actorId: userId, action: "dues.refund", target: payment.id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function gardenLedger(gardenId: string) {
  const { userId } = await requireMember();
  const id = z.string().cuid().parse(gardenId);
  // ruleid: floating-auth-check
  if (!isTreasurer(userId, id)) return { error: "Treasurer only" };
  // ruleid: missing-authorization
  const rows = await prisma.duesPayment.findMany({ where: { gardenId: id }, select: { id: true, amountCents: true, status: true, userId: true } });
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function connectStripeAccount(gardenId: string, accountId: string) {
  const { userId } = await requireMember();
  const input = z.object({ gardenId: z.string().cuid(), accountId: z.string().regex(/^acct_[A-Za-z0-9]+$/) }).parse({ gardenId, accountId });
  if (!(await isTreasurer(userId, input.gardenId))) return { error: "Treasurer only" };
  try {
    await stripe.accounts.retrieve(input.accountId);
  } catch (e) {
    // ok: information-disclosure
    return { error: "That Stripe account could not be verified" };
  }
  // ok: missing-authorization
  await prisma.garden.update({ where: { id: input.gardenId }, data: { stripeAccount: input.accountId } });
  await auditLog({ actorId: userId, action: "garden.stripe.connect", target: input.gardenId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function exportLedgerCsv(gardenId: string) {
  const { userId } = await requireMember();
  const id = z.string().cuid().parse(gardenId);
  if (!(await isTreasurer(userId, id))) return { error: "Treasurer only" };
  try {
    const rows = await prisma.duesPayment.findMany({ where: { gardenId: id }, select: { id: true, amountCents: true, status: true, createdAt: true } });
    return { csv: rows.map((r) => [r.id, r.amountCents, r.status, r.createdAt.toISOString()].join(",")).join("\n") };
  } catch (error) {
    // ruleid: information-disclosure
    return { error: String(error) };
  }
}
