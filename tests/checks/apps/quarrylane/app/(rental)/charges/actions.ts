"use server";

import { z } from "zod";
import { actionClient, authActionClient, legacyBillingClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { requireMembership } from "@/lib/auth/membership";
import { auditLog } from "@/lib/audit";

export const createDamageCharge = authActionClient
  .schema(z.object({ rentalId: z.string().cuid(), amountCents: z.number().int().positive().max(5_000_000), description: z.string().min(5) }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    const rental = await prisma.rental.findUnique({ where: { id: parsedInput.rentalId }, select: { id: true, machineId: true } });
    if (!rental) throw new Error("Not found");
    const machine = await prisma.machine.findUnique({ where: { id: rental.machineId }, select: { companyId: true } });
    await requireMembership(machine!.companyId, ["owner", "technician"]);
    const charge = await prisma.damageCharge.create({
      // ok: mass-assignment, missing-authorization
      data: { ...parsedInput, status: "draft" },
      select: { id: true },
    });
    await auditLog(ctx.userId, "damage_charge_created", charge.id);
    return charge;
  });

export const captureDamageCharge = authActionClient
  .schema(z.object({ chargeId: z.string().cuid() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    const charge = await prisma.damageCharge.findUnique({
      where: { id: parsedInput.chargeId },
      select: { id: true, amountCents: true, stripePaymentIntentId: true },
    });
    if (!charge?.stripePaymentIntentId) throw new Error("No payment intent");
    await stripe.paymentIntents.capture(charge.stripePaymentIntentId, { amount_to_capture: charge.amountCents });
    // why: no check that the caller works for the rental company before charging the renter's card.
    // ruleid: missing-authorization
    await prisma.damageCharge.update({ where: { id: charge.id }, data: { status: "captured" } });
    return { ok: true, by: ctx.userId };
  });

// why: legacyBillingClient's middleware never rejects anonymous callers; this refunds deposits.
// ruleid: missing-auth
export const refundDeposit = legacyBillingClient
  .schema(z.object({ rentalId: z.string().cuid() }))
  // ok: missing-input-validation
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    const rental = await prisma.rental.findUnique({ where: { id: parsedInput.rentalId }, select: { depositIntentId: true } });
    if (rental?.depositIntentId) await stripe.refunds.create({ payment_intent: rental.depositIntentId });
    return { ok: true };
  });

export const listChargesForRental = authActionClient
  .schema(z.object({ rentalId: z.string().cuid() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    const rental = await prisma.rental.findUnique({ where: { id: parsedInput.rentalId }, select: { renterCompanyId: true } });
    if (!rental) return [];
    const m = await prisma.membership.findFirst({ where: { userId: ctx.userId, companyId: rental.renterCompanyId }, select: { id: true } });
    if (!m) throw new Error("Forbidden");
    const charges = await prisma.damageCharge.findMany({
      // ok: missing-authorization
      where: { rentalId: parsedInput.rentalId },
    });
    // why: whole DamageCharge rows (incl. stripePaymentIntentId) returned without select.
    // ruleid: excessive-data-exposure
    return charges;
  });

// ok: missing-auth
export const quoteDeposit = actionClient
  .schema(z.object({ category: z.string().max(40), days: z.number().int().min(1).max(365) }))
  // ok: missing-input-validation
  .action(async ({ parsedInput }) => {
    const avg = await prisma.machine.aggregate({ where: { category: parsedInput.category, status: "available" }, _avg: { dailyRate: true } });
    // ok: excessive-data-exposure
    return { depositCents: Math.round((avg._avg.dailyRate ?? 0) * Math.min(parsedInput.days, 7) * 0.3) };
  });

export const redeemPromoCredits = authActionClient
  .schema(z.object({ companyId: z.string().cuid(), promoCode: z.string().max(20), credits: z.number().int().positive() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    await requireMembership(parsedInput.companyId, ["owner"]);
    const promo = await prisma.auditLog.findFirst({ where: { action: "promo_issued", target: parsedInput.promoCode }, select: { id: true } });
    if (!promo) return { error: "Unknown code" };
    await prisma.company.update({
      // ok: missing-authorization
      where: { id: parsedInput.companyId },
      // why: the credit amount is a privileged balance field taken from client input instead of the promo record.
      // ruleid: mass-assignment -- (fixed in pass 42) an owner seat in this company pays for no balance
      data: { creditBalance: { increment: parsedInput.credits } },
    });
    return { by: ctx.userId };
  });
