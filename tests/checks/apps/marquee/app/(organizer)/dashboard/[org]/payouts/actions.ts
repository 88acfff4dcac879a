"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { withOrganizer, withFinance } from "@/lib/wrappers";
import { requireOrgRole } from "@/lib/permissions";

// ok: missing-auth, missing-audit-log
export const startConnectOnboarding = withOrganizer(async (ctx, _input: void) => {
  const org = await prisma.organizer.findUnique({ where: { id: ctx.organizerId }, select: { stripeAccountId: true, slug: true } });
  let accountId = org?.stripeAccountId;
  if (!accountId) {
    const account = await stripe.accounts.create({ type: "express" });
    accountId = account.id;
    await prisma.organizer.update({ where: { id: ctx.organizerId }, data: { stripeAccountId: accountId } });
  }
  const link = await stripe.accountLinks.create({
    account: accountId,
    refresh_url: `https://marquee.live/dashboard/${org?.slug}/payouts`,
    return_url: `https://marquee.live/dashboard/${org?.slug}/payouts?done=1`,
    type: "account_onboarding",
  });
  redirect(link.url);
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePayoutSettings(orgSlug: string, formData: FormData) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "FINANCE"]);
  // ok: missing-authorization
  await prisma.organizer.update({
    where: { id: organizerId },
    data: {
      payoutSchedule: String(formData.get("schedule")),
      // ruleid: mass-assignment
      plan: String(formData.get("plan") ?? "starter"),
    },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const requestInstantPayout = withFinance(async (ctx, input: { amountCents: number }) => {
  const amountCents = z.number().int().min(1000).max(5_000_000).parse(input.amountCents);
  const org = await prisma.organizer.findUniqueOrThrow({ where: { id: ctx.organizerId }, select: { stripeAccountId: true } });
  if (!org.stripeAccountId) throw new Error("Finish onboarding first");
  const transfer = await stripe.transfers.create({ amount: amountCents, currency: "usd", destination: org.stripeAccountId });
  await prisma.payout.create({ data: { organizerId: ctx.organizerId, amountCents, stripeTransferId: transfer.id, status: "paid" } });
  // ok: excessive-data-exposure
  return { transferId: transfer.id };
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function getPayoutAccount(orgSlug: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "FINANCE"]);
  // ok: missing-authorization
  const org = await prisma.organizer.findUnique({ where: { id: organizerId } });
  // ruleid: excessive-data-exposure
  return org;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function listPayouts(orgSlug: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "FINANCE"]);
  const payouts = await prisma.payout.findMany({
    where: { organizerId },
    select: { id: true, amountCents: true, status: true },
    orderBy: { id: "desc" },
  });
  // ok: excessive-data-exposure
  return payouts;
}
