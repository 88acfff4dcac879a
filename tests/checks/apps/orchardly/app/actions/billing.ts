"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { redirect } from "next/navigation";
import { auth } from "@clerk/nextjs/server";
import { db } from "@/lib/db";
import { members, charges, subscriptions } from "@/db/schema";
import { stripe } from "@/lib/stripe";
import { getCurrentMember } from "@/lib/dal";
import { authActionClient, trackedActionClient } from "@/lib/safe-action";

// ok: missing-auth, missing-input-validation
export async function openBillingPortal() {
  const me = await getCurrentMember();
  const [row] = await db.select({ customer: members.stripeCustomerId }).from(members).where(eq(members.id, me.id)).limit(1);
  if (!row?.customer) redirect("/account?billing=none");
  const portal = await stripe.billingPortal.sessions.create({ customer: row.customer, return_url: `${process.env.APP_URL}/account` });
  redirect(portal.url);
}

// ok: missing-auth, missing-input-validation
export async function myCharges() {
  const { userId } = await auth();
  if (!userId) return [];
  const rows = await db.select({ week: charges.week, amountCents: charges.amountCents, status: charges.status }).from(charges).innerJoin(subscriptions, eq(subscriptions.id, charges.subscriptionId)).innerJoin(members, eq(members.id, subscriptions.memberId)).where(eq(members.clerkUserId, userId));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function chargeHistoryExport() {
  const { userId } = await auth();
  // ruleid: excessive-data-exposure
  return db.select().from(charges).innerJoin(subscriptions, eq(subscriptions.id, charges.subscriptionId)).innerJoin(members, eq(members.id, subscriptions.memberId)).where(eq(members.clerkUserId, userId!));
}

// ok: missing-auth, missing-input-validation
export const retryCharge = authActionClient
  .metadata({ name: "retryCharge" })
  .schema(z.object({ chargeId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const [row] = await db
      .select({ pi: charges.stripePaymentIntentId, owner: members.clerkUserId })
      .from(charges)
      .innerJoin(subscriptions, eq(subscriptions.id, charges.subscriptionId))
      .innerJoin(members, eq(members.id, subscriptions.memberId))
      .where(eq(charges.id, parsedInput.chargeId))
      .limit(1);
    if (!row || row.owner !== ctx.userId) return { error: "Not found" };
    try {
      await stripe.paymentIntents.confirm(row.pi!);
      // ok: missing-authorization
      await db.update(charges).set({ status: "paid" }).where(eq(charges.id, parsedInput.chargeId));
      return { ok: true };
    } catch (err) {
      // ruleid: information-disclosure
      return { error: (err as Error).message };
    }
  });

// ok: missing-auth, missing-input-validation
export const refundCharge = authActionClient
  .metadata({ name: "refundCharge" })
  .schema(z.object({ chargeId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const [row] = await db
      .select({ pi: charges.stripePaymentIntentId })
      .from(charges)
      .innerJoin(subscriptions, eq(subscriptions.id, charges.subscriptionId))
      .innerJoin(members, eq(members.id, subscriptions.memberId))
      .where(and(eq(charges.id, parsedInput.chargeId), eq(members.clerkUserId, ctx.userId), eq(members.role, "owner")))
      .limit(1);
    if (!row?.pi) return { error: "Not found" };
    try {
      await stripe.refunds.create({ payment_intent: row.pi });
      return { ok: true };
    } catch (err) {
      console.error("refund failed", err);
      // ok: information-disclosure
      return { error: "The refund could not be created. Our team has been notified." };
    }
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const applyCredit = trackedActionClient
  .metadata({ name: "applyCredit" })
  .schema(z.object({ memberId: z.string().uuid(), credits: z.number().int().min(1).max(50) }))
  .action(async ({ parsedInput }) => {
    // ruleid: mass-assignment
    await db.update(members).set({ credits: parsedInput.credits }).where(eq(members.id, parsedInput.memberId));
    return { ok: true };
  });
