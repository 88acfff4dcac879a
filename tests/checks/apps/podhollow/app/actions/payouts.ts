"use server";

import { z } from "zod";
import { ownerProcedure, networkProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { auth } from "@/auth";
import { logActivity } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const connectStripeAccount = ownerProcedure.createServerAction().handler(async ({ ctx }) => {
  const account = await stripe.accounts.create({ type: "express", metadata: { networkId: ctx.networkId } });
  // ok: missing-authorization
  await prisma.network.update({ where: { id: ctx.networkId }, data: { stripeAccountId: account.id } });
  const link = await stripe.accountLinks.create({ account: account.id, type: "account_onboarding", refresh_url: "https://podhollow.fm/studio/payouts", return_url: "https://podhollow.fm/studio/payouts" });
  return { url: link.url };
});

// ok: missing-auth, missing-input-validation
export const requestPayout = ownerProcedure
  .createServerAction()
  .input(z.object({ amountCents: z.number().int().positive() }))
  .handler(async ({ input, ctx }) => {
    return prisma.$transaction(async (tx) => {
      const net = await tx.network.findUnique({ where: { id: ctx.networkId }, select: { payoutBalance: true, stripeAccountId: true } });
      if (!net?.stripeAccountId || net.payoutBalance < input.amountCents) throw new Error("Insufficient balance");
      const transfer = await stripe.transfers.create({ amount: input.amountCents, currency: "usd", destination: net.stripeAccountId });
      await tx.network.update({ where: { id: ctx.networkId }, data: { payoutBalance: { decrement: input.amountCents } } });
      // ok: mass-assignment
      const p = await tx.payout.create({ data: { networkId: ctx.networkId, amountCents: input.amountCents, stripeTransferId: transfer.id } });
      // ok: excessive-data-exposure
      return { id: p.id };
    });
  });

// ok: missing-auth, missing-input-validation
export const payoutHistory = networkProcedure.createServerAction().handler(async ({ ctx }) => {
  if (ctx.networkRole !== "OWNER") throw new Error("Owners only");
  const rows = await prisma.payout.findMany({ where: { networkId: ctx.networkId }, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return rows;
});

// Old "adjust balance" tool kept for support.
// ok: missing-auth
// ruleid: missing-input-validation
export async function adjustBalance(networkId: string, payoutBalance: number) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  // ruleid: missing-authorization, mass-assignment
  await prisma.network.update({ where: { id: networkId }, data: { payoutBalance } });
  await logActivity({ actorId: session.user.id, networkId, action: "balance.adjust", meta: { payoutBalance } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function adjustBalanceStaff(networkId: string, payoutBalance: number) {
  const session = await auth();
  if (session?.user?.role !== "STAFF") throw new Error("Staff only");
  const data = z.object({ networkId: z.string(), payoutBalance: z.number().int().min(0) }).parse({ networkId, payoutBalance });
  // ok: missing-authorization // todoruleid: mass-assignment -- known gap (pass 38, G): pass-20 policy row, a role-gated privileged write labelled by rule 4's wording
  await prisma.network.update({ where: { id: data.networkId }, data: { payoutBalance: data.payoutBalance } });
  await logActivity({ actorId: session.user.id, networkId, action: "balance.adjust", meta: data });
  return { ok: true };
}
