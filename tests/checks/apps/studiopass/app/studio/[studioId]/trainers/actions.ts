"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { financeActionClient, legacyActionClient } from "@/lib/safe-action";
import { requireStaff } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export const createPayout = financeActionClient
  .inputSchema(z.object({ studioId: z.string().cuid(), trainerId: z.string().cuid(), amountCents: z.number().int().min(100).max(5_000_000) }))
  .action(async ({ parsedInput, ctx }) => {
    const trainer = await prisma.trainerProfile.findFirst({
      where: { id: parsedInput.trainerId, studioId: ctx.studioId },
      select: { id: true, stripeConnectId: true },
    });
    if (!trainer?.stripeConnectId) throw new Error("Trainer has no connected account");
    const transfer = await stripe.transfers.create({ amount: parsedInput.amountCents, currency: "eur", destination: trainer.stripeConnectId });
    // ok: missing-authorization
    const payout = await prisma.trainerPayout.create({
      data: { trainerId: trainer.id, studioId: ctx.studioId, amountCents: parsedInput.amountCents, transferId: transfer.id },
      select: { id: true, transferId: true },
    });
    // ok: excessive-data-exposure
    return payout;
  });

// ok: missing-auth, missing-input-validation
export const setCommissionRate = financeActionClient
  .inputSchema(z.object({ studioId: z.string().cuid(), trainerId: z.string().cuid(), rate: z.number().min(0).max(0.9) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.trainerProfile.updateMany({ where: { id: parsedInput.trainerId, studioId: ctx.studioId }, data: { commissionRate: parsedInput.rate } });
    return { ok: true };
  });

const ptSchema = z.object({
  trainerId: z.string().cuid(),
  memberId: z.string().cuid(),
  studioId: z.string().cuid(),
  startsAt: z.coerce.date(),
  minutes: z.number().int().min(15).max(180),
  notes: z.string().max(2000).optional(),
});

// Trainers log PT sessions; payroll counts them for commission.
// ok: missing-auth, missing-input-validation
export const logPtSession = legacyActionClient.inputSchema(ptSchema).action(async ({ parsedInput }) => {
  await prisma.ptSession.create({
    data: {
      // ruleid: missing-authorization
      trainerId: parsedInput.trainerId,
      // ruleid: missing-authorization
      memberId: parsedInput.memberId,
      studioId: parsedInput.studioId,
      startsAt: parsedInput.startsAt,
      minutes: parsedInput.minutes,
      notes: parsedInput.notes,
    },
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const getTrainerEarnings = legacyActionClient
  .inputSchema(z.object({ trainerId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const payouts = await prisma.trainerPayout.findMany({ where: { trainerId: parsedInput.trainerId }, orderBy: { createdAt: "desc" } });
    // ruleid: excessive-data-exposure
    return payouts;
  });

// ok: missing-auth, missing-input-validation
export async function connectStripe(studioId: string) {
  const staff = await requireStaff(studioId, ["PERSONAL_TRAINER", "INSTRUCTOR"]);
  const profile = await prisma.trainerProfile.findUniqueOrThrow({ where: { staffId: staff.id }, select: { id: true, stripeConnectId: true } });
  const accountId = profile.stripeConnectId ?? (await stripe.accounts.create({ type: "express" })).id;
  // ok: missing-authorization
  await prisma.trainerProfile.update({ where: { id: profile.id }, data: { stripeConnectId: accountId } });
  const link = await stripe.accountLinks.create({
    account: accountId,
    type: "account_onboarding",
    refresh_url: `https://studiopass.app/studio/${staff.studioId}/trainers`,
    return_url: `https://studiopass.app/studio/${staff.studioId}/trainers?connected=1`,
  });
  redirect(link.url);
}
