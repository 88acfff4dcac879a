"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { withRole, withAuditedRole } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { ledgerForMonth, payoutTotals } from "@/services/reports";

// ok: missing-auth, missing-audit-log
export const connectStripeAccount = withAuditedRole("payouts.connect", ["owner"], async (ctx) => {
  const account = await stripe.accounts.create({ type: "express", metadata: { schoolId: ctx.schoolId } });
  await prisma.school.update({ where: { id: ctx.schoolId }, data: { stripeAccountId: account.id } });
  const link = await stripe.accountLinks.create({ account: account.id, type: "account_onboarding", refresh_url: `${process.env.APP_URL}/school/payouts`, return_url: `${process.env.APP_URL}/school/payouts?done=1` });
  redirect(link.url);
});

// ok: missing-auth, missing-input-validation
export const monthlyLedger = withRole(["owner", "finance"], async (ctx, month: string) => {
  const m = z.string().regex(/^\d{4}-\d{2}$/).parse(month);
  const rows = await ledgerForMonth(ctx.schoolId, m);
  return rows as { id: number; amount_cents: number; kind: string }[];
});

// ok: missing-auth
// ruleid: missing-input-validation
export const payoutSummary = withRole(["owner", "finance"], async (ctx, currency: string) => {
  const rows = await payoutTotals(ctx.schoolId, currency);
  return rows;
});

// Instructors can see their own payouts.
// ok: missing-auth, missing-input-validation
export const instructorPayouts = withRole(["instructor", "owner"], async (ctx) => {
  const acct = await prisma.school.findUnique({ where: { id: ctx.schoolId }, select: { stripeAccountId: true } });
  if (!acct?.stripeAccountId) return [];
  const payouts = await stripe.payouts.list({ limit: 20 }, { stripeAccount: acct.stripeAccountId });
  // ok: excessive-data-exposure
  return payouts.data.map((p) => ({ id: p.id, amount: p.amount, arrival: p.arrival_date, status: p.status }));
});

// Plan picker on the billing page (Stripe subscription is updated by webhook later).
// ok: missing-auth
export const changePlan = withRole(["owner"], async (ctx, _prev: unknown, formData: FormData) => {
  const plan = String(formData.get("plan"));
  if (!["starter", "pro", "business"].includes(plan)) return { error: "Unknown plan" };
  await prisma.school.update({
    where: { id: ctx.schoolId },
    data: {
      // ruleid: mass-assignment
      plan,
    },
  });
  return { ok: true };
});
