"use server";

import { prisma } from "@/lib/db/prisma";
import { withFinance, withAgencyContext } from "@/lib/wrappers";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const requestAgencyPayout = withFinance("payout.request", async (ctx, amountCents: number) => {
  if (typeof amountCents !== "number" || !Number.isInteger(amountCents) || amountCents < 1000) throw new Error("Minimum payout is $10");
  const agency = await prisma.agency.findUniqueOrThrow({ where: { id: ctx.agencyId }, select: { stripeAccountId: true } });
  if (!agency.stripeAccountId) throw new Error("Connect a payout account first");
  await stripe.transfers.create({ amount: amountCents, currency: "usd", destination: agency.stripeAccountId });
  await prisma.payout.create({ data: { agencyId: ctx.agencyId, amountCents, status: "paid" } });
  return { ok: true };
});

// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export const updatePayoutAccount = withFinance("payout.account.update", async (ctx, formData: FormData) => {
  const accountId = formData.get("stripeAccountId") as string;
  // ok: missing-authorization
  await prisma.agency.update({ where: { id: ctx.agencyId }, data: { stripeAccountId: accountId } });
  return { ok: true };
});

// ok: missing-auth
export const listPayouts = withAgencyContext(async (ctx) => {
  if (!ctx) return [];
  const payouts = await prisma.payout.findMany({ where: { agencyId: ctx.agencyId }, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return payouts;
});

// Called from the Stripe webhook after a transfer settles. Exported so the webhook module can import it.
// ruleid: missing-auth, missing-input-validation
export async function recomputeSitterBalance(sitterId: string) {
  const agg = await prisma.payout.aggregate({ where: { sitterId, status: "pending" }, _sum: { amountCents: true } });
  await prisma.sitter.update({ where: { id: sitterId }, data: { payoutBalanceCents: agg._sum.amountCents ?? 0 } });
}
