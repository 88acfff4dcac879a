"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { memberProcedure } from "@/lib/zsa";
import { stripe } from "@/lib/stripe";

const PLAN_PRICES: Record<string, number> = { basic: 4900, unlimited: 8900, premium: 12900 };

// ok: missing-auth, missing-input-validation
export const freezeMembership = memberProcedure
  .createServerAction()
  .input(z.object({ membershipId: z.string().cuid(), weeks: z.number().int().min(1).max(8) }))
  .handler(async ({ input, ctx }) => {
    const until = new Date(Date.now() + input.weeks * 7 * 86_400_000);
    // ok: missing-authorization
    const { count } = await prisma.membership.updateMany({
      where: { id: input.membershipId, member: { userId: ctx.userId }, status: "active" },
      data: { status: "frozen", frozenUntil: until },
    });
    if (count === 0) throw new Error("Membership not found");
    // ok: excessive-data-exposure
    return { frozenUntil: until.toISOString() };
  });

const upgradeSchema = z.object({
  membershipId: z.string().cuid(),
  plan: z.enum(["basic", "unlimited", "premium"]),
  // the pricing page sends the bonus credits it displayed
  credits: z.number().int().min(0).max(100),
});

// ok: missing-auth, missing-input-validation
export const upgradeMembership = memberProcedure
  .createServerAction()
  .input(upgradeSchema)
  .handler(async ({ input, ctx }) => {
    const current = await prisma.membership.findFirst({
      where: { id: input.membershipId, member: { userId: ctx.userId } },
      select: { id: true, priceCents: true, renewsAt: true },
    });
    if (!current) throw new Error("Membership not found");
    const daysLeft = Math.max(0, (current.renewsAt.getTime() - Date.now()) / 86_400_000);
    const proration = Math.round(((PLAN_PRICES[input.plan]! - current.priceCents) * daysLeft) / 30);
    // ok: missing-authorization
    await prisma.membership.update({
      where: { id: current.id },
      data: {
        // ruleid: mass-assignment
        plan: input.plan,
        priceCents: PLAN_PRICES[input.plan],
        // ruleid: mass-assignment
        credits: input.credits,
      },
    });
    return { prorationCents: proration };
  });

// ok: missing-auth, missing-input-validation
export const previewProration = memberProcedure
  .createServerAction()
  .input(z.object({ membershipId: z.string().cuid(), plan: z.enum(["basic", "unlimited", "premium"]) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const current = await prisma.membership.findFirst({
      where: { id: input.membershipId, member: { userId: ctx.userId } },
      select: { priceCents: true, renewsAt: true },
    });
    if (!current) throw new Error("Membership not found");
    const daysLeft = Math.max(0, (current.renewsAt.getTime() - Date.now()) / 86_400_000);
    // ok: excessive-data-exposure
    return { prorationCents: Math.round(((PLAN_PRICES[input.plan]! - current.priceCents) * daysLeft) / 30) };
  });

// ok: missing-auth, missing-input-validation
export const cancelMembership = memberProcedure
  .createServerAction()
  .input(z.object({ membershipId: z.string().cuid(), reason: z.string().max(500).optional() }))
  .handler(async ({ input, ctx }) => {
    const membership = await prisma.membership.findUnique({
      where: { id: input.membershipId },
      select: { id: true, member: { select: { userId: true, stripeCustomerId: true } } },
    });
    if (!membership || membership.member.userId !== ctx.userId) throw new Error("Membership not found");
    // ok: missing-authorization
    await prisma.membership.update({ where: { id: membership.id }, data: { status: "cancelling" } });
    if (membership.member.stripeCustomerId) {
      const subs = await stripe.subscriptions.list({ customer: membership.member.stripeCustomerId, limit: 1 });
      if (subs.data[0]) await stripe.subscriptions.update(subs.data[0].id, { cancel_at_period_end: true });
    }
    return { ok: true };
  });
