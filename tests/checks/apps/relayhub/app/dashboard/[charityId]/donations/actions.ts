"use server";

import { z } from "zod";
import { ZSAError } from "zsa";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { authedProcedure, financeProcedure, auditedFinanceProcedure } from "@/lib/zsa";
import { requireCharityRole, FINANCE_ROLES } from "@/lib/authz";
import { auditLog } from "@/lib/audit";
import { Cuid, Pence } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const refundDonation = auditedFinanceProcedure
  .createServerAction()
  .input(z.object({ donationId: Cuid, amountPence: Pence, reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const donation = await prisma.donation.findFirst({
      where: { id: input.donationId, charityId: { in: ctx.financeCharityIds }, provider: "stripe" },
      select: { id: true, charityId: true, providerRef: true, amountPence: true, refundedPence: true },
    });
    if (!donation) throw new ZSAError("NOT_FOUND", "Donation not found");
    if (input.amountPence > donation.amountPence - donation.refundedPence) throw new ZSAError("INPUT_PARSE_ERROR", "Too much");
    await stripe.refunds.create({ payment_intent: donation.providerRef, amount: input.amountPence, reason: input.reason });
    await prisma.donation.update({ where: { id: donation.id }, data: { refundedPence: { increment: input.amountPence } } });
    await auditLog({ actorId: ctx.userId, charityId: donation.charityId, action: "donation.refund", target: donation.id });
    // ok: excessive-data-exposure
    return { refunded: input.amountPence };
  });

// ok: missing-auth, missing-input-validation
export const markChargeback = financeProcedure
  .createServerAction()
  .input(z.object({ donationId: Cuid, disputeId: z.string().startsWith("dp_") }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.donation.updateMany({
      where: { id: input.donationId, charityId: { in: ctx.financeCharityIds } },
      data: { status: "disputed" },
    });
    return { updated: count };
  });

// Support staff add notes while on the phone with donors.
// ok: missing-auth, missing-input-validation
export const setDonationGiftAid = authedProcedure
  .createServerAction()
  .input(z.object({ donationId: Cuid, giftAid: z.boolean() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.donation.update({ where: { id: input.donationId }, data: { giftAid: input.giftAid } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function listRecentDonations(charityId: string) {
  const ctx = await requireCharityRole(charityId, FINANCE_ROLES);
  const rows = await prisma.donation.findMany({
    where: { charityId: ctx.charityId },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function donationTotals(charityId: string) {
  const ctx = await requireCharityRole(charityId, FINANCE_ROLES);
  const agg = await prisma.donation.aggregate({ where: { charityId: ctx.charityId, status: "succeeded" }, _sum: { amountPence: true }, _count: true });
  // ok: excessive-data-exposure
  return { totalPence: agg._sum.amountPence ?? 0, count: agg._count };
}
