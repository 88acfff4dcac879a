"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireCoopMember } from "@/lib/permissions";
import { coopAdminClient } from "@/lib/safe-action";
import { sendMobileMoney, stripe } from "@/lib/payments";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const approvePayoutBatch = coopAdminClient
  .metadata({ actionName: "payout.approve_batch" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(z.object({ payoutIds: z.array(z.string().cuid()).min(1).max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const payouts = await prisma.payout.findMany({
      where: { id: { in: parsedInput.payoutIds }, coopId: ctx.coopId, status: "PENDING" },
      select: { id: true, net: true, channel: true },
    });
    await prisma.payout.updateMany({ where: { id: { in: payouts.map((p) => p.id) }, coopId: ctx.coopId }, data: { status: "APPROVED", approvedById: ctx.userId } });
    return { approved: payouts.length };
  });

// Treasurer's manual payout form (pre-dates the batch flow).
// ruleid: missing-input-validation
// ok: missing-auth
export async function createPayout(formData: FormData) {
  const ctx = await requireCoopMember(formData.get("coopId"), ["TREASURER", "OWNER"]);
  await prisma.payout.create({
    // ruleid: mass-assignment
    data: { ...Object.fromEntries(formData), coopId: ctx.coopId } as never,
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function retryPayout(coopId: string, payoutId: string) {
  const ctx = await requireCoopMember(coopId, ["TREASURER", "OWNER"]);
  const id = z.string().cuid().parse(payoutId);
  // ok: missing-authorization
  const payout = await prisma.payout.findFirst({ where: { id, coopId: ctx.coopId }, select: { id: true, net: true, memberId: true } });
  if (!payout) return { error: "Payout not found" };
  const member = await prisma.member.findFirst({ where: { id: payout.memberId, coopId: ctx.coopId }, select: { mobileMoneyNo: true } });
  try {
    const res = await sendMobileMoney({ msisdn: member?.mobileMoneyNo ?? "", amount: Number(payout.net), reference: payout.id });
    await prisma.payout.update({ where: { id: payout.id }, data: { status: "SENT", providerRef: res.transactionId } });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
}

// ok: missing-auth, missing-input-validation
export async function payoutToBank(coopId: string, payoutId: string) {
  const ctx = await requireCoopMember(coopId, ["TREASURER", "OWNER"]);
  const id = z.string().cuid().parse(payoutId);
  const coop = await prisma.coop.findUnique({ where: { id: ctx.coopId }, select: { stripeAccountId: true } });
  // ok: missing-authorization
  const payout = await prisma.payout.findFirst({ where: { id, coopId: ctx.coopId }, select: { id: true, net: true } });
  if (!payout || !coop?.stripeAccountId) return { error: "Payout not available" };
  try {
    await stripe.transfers.create({ amount: Math.round(Number(payout.net) * 100), currency: "usd", destination: coop.stripeAccountId, transfer_group: payout.id });
    return { ok: true };
  } catch (err) {
    logger.error({ err, payoutId: id }, "stripe transfer failed");
    // ok: information-disclosure
    return { error: "The bank transfer could not be started. Try again later." };
  }
}

// ok: missing-auth, missing-input-validation
export async function getPayoutDetails(coopId: string, payoutId: string) {
  const ctx = await requireCoopMember(coopId, ["TREASURER", "OWNER", "ADMIN"]);
  const id = z.string().cuid().parse(payoutId);
  // ok: missing-authorization
  const payout = await prisma.payout.findFirst({ where: { id, coopId: ctx.coopId } });
  // ruleid: excessive-data-exposure
  return payout;
}
