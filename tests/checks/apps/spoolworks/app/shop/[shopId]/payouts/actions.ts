"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { withShop, withShopAdmin } from "@/lib/with-shop";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-audit-log, missing-input-validation
export const connectStripe = withShopAdmin("shop.stripe_connect", async (_formData, ctx) => {
  const existing = await prisma.shopAccount.findUnique({ where: { shopId: ctx.shopId }, select: { stripeAccountId: true } });
  const accountId = existing?.stripeAccountId ?? (await stripe.accounts.create({ type: "express" })).id;
  if (!existing) {
    // ok: mass-assignment
    await prisma.shopAccount.create({ data: { shopId: ctx.shopId, stripeAccountId: accountId } });
  }
  const link = await stripe.accountLinks.create({
    account: accountId,
    type: "account_onboarding",
    refresh_url: `${process.env.NEXT_PUBLIC_SITE_URL}/shop/${ctx.shopId}/payouts`,
    return_url: `${process.env.NEXT_PUBLIC_SITE_URL}/shop/${ctx.shopId}/payouts?done=1`,
  });
  redirect(link.url);
});

const Schedule = z.object({ payoutSchedule: z.enum(["daily", "weekly", "monthly"]) });

// ok: missing-auth, missing-input-validation
export const updatePayoutSchedule = withShop(async (formData, ctx) => {
  if (ctx.role !== "owner") throw new Error("Owners only");
  const data = Schedule.parse({ payoutSchedule: formData.get("payoutSchedule") });
  // ok: mass-assignment, missing-authorization
  await prisma.shopAccount.update({ where: { shopId: ctx.shopId }, data });
  await auditLog({ actorId: ctx.user.id, action: "shop.payout_schedule", target: ctx.shopId });
});

// Legacy "advanced settings" form from before the ledger migration.
// why: unvalidated form fields written straight into ShopAccount
// ruleid: missing-input-validation
// ok: missing-auth
export const saveAccountSettings = withShop(async (formData, ctx) => {
  if (ctx.role !== "owner") throw new Error("Owners only");
  const { shopId: _ignored, ...fields } = Object.fromEntries(formData);
  // why: client object written wholesale: platformFeeBps / balanceCents / stripeAccountId are columns
  // ruleid: mass-assignment
  // ok: missing-authorization
  await prisma.shopAccount.update({ where: { shopId: ctx.shopId }, data: fields });
});

// ok: missing-auth, missing-input-validation
export const requestPayout = withShopAdmin("shop.payout_requested", async (formData, ctx) => {
  const amountCents = z.coerce.number().int().positive().parse(formData.get("amountCents"));
  const account = await prisma.shopAccount.findUniqueOrThrow({ where: { shopId: ctx.shopId }, select: { stripeAccountId: true, balanceCents: true } });
  if (amountCents > account.balanceCents) return { error: "Amount exceeds balance" };
  const transfer = await stripe.transfers.create({ amount: amountCents, currency: "eur", destination: account.stripeAccountId });
  // ok: mass-assignment
  await prisma.payout.create({ data: { shopId: ctx.shopId, amountCents, status: "pending", stripeTransferId: transfer.id } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const payoutAccountSummary = withShop(async (_formData, ctx) => {
  if (ctx.role === "operator") throw new Error("Managers only");
  // why: whole ShopAccount record (platformFeeBps, balance, Stripe account id) with no select
  const account = await prisma.shopAccount.findUnique({ where: { shopId: ctx.shopId } });
  // ruleid: excessive-data-exposure
  return account;
});
