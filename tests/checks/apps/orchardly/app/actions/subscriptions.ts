"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { subscriptions, pickupSites, farms } from "@/db/schema";
import { farmActionClient } from "@/lib/safe-action";
import { withFarm } from "@/lib/with-farm";
import { getCurrentMember } from "@/lib/dal";
import { ownsSubscription } from "@/lib/guards";
import { subscribeSchema, uuid } from "@/lib/validators";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const subscribe = farmActionClient
  .metadata({ name: "subscribe" })
  .schema(subscribeSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const [site] = await db.select({ id: pickupSites.id }).from(pickupSites).where(and(eq(pickupSites.id, parsedInput.siteId), eq(pickupSites.farmId, ctx.farm.id))).limit(1);
    if (!site) return { error: "That pick-up site is not part of this farm." };
    const [farm] = await db.select({ price: farms.weeklyPriceCents }).from(farms).where(eq(farms.id, ctx.farm.id)).limit(1);
    // ok: mass-assignment
    const [sub] = await db.insert(subscriptions).values({ memberId: ctx.member.id, farmId: ctx.farm.id, siteId: site.id, size: parsedInput.size, priceCents: farm.price, status: "pending" }).returning({ id: subscriptions.id });
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ price_data: { currency: "gbp", unit_amount: farm.price, recurring: { interval: "week" }, product_data: { name: `${ctx.farm.name} ${parsedInput.size} box` } }, quantity: 1 }],
      metadata: { subscriptionId: sub.id },
      success_url: `${process.env.APP_URL}/account?subscribed=1`,
      cancel_url: `${process.env.APP_URL}/farms`,
    });
    // ok: excessive-data-exposure
    return { url: session.url };
  });

// ok: missing-auth, missing-input-validation
export async function cancelSubscription(subscriptionId: string) {
  const me = await getCurrentMember();
  const id = uuid.parse(subscriptionId);
  // ok: missing-authorization
  await db.update(subscriptions).set({ status: "cancelled" }).where(and(eq(subscriptions.id, id), eq(subscriptions.memberId, me.id)));
  revalidatePath("/account");
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export const changeBoxSize = withFarm(async ({ member }, input: { subscriptionId: string; size: "small" | "regular" | "family" }) => {
  // ruleid: missing-authorization
  await db.update(subscriptions).set({ size: input.size }).where(eq(subscriptions.id, input.subscriptionId));
  revalidatePath("/account");
  return { ok: true, by: member.id };
});

// ok: missing-auth, missing-input-validation
export const changeSite = withFarm(async ({ member, farm }, input: { subscriptionId: string; siteId: string }) => {
  const data = z.object({ subscriptionId: z.string().uuid(), siteId: z.string().uuid() }).parse(input);
  const [site] = await db.select({ id: pickupSites.id }).from(pickupSites).where(and(eq(pickupSites.id, data.siteId), eq(pickupSites.farmId, farm.id))).limit(1);
  if (!site) throw new Error("Unknown site");
  // ok: missing-authorization, mass-assignment
  await db.update(subscriptions).set({ siteId: site.id }).where(and(eq(subscriptions.id, data.subscriptionId), eq(subscriptions.memberId, member.id)));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function getMySubscription() {
  const me = await getCurrentMember();
  // ok: missing-authorization
  const rows = await db.select().from(subscriptions).where(eq(subscriptions.memberId, me.id)).limit(1);
  // ruleid: excessive-data-exposure
  return rows[0] ?? null;
}

// ok: missing-auth, missing-input-validation
export async function getMySubscriptionSummary() {
  const me = await getCurrentMember();
  const [row] = await db.select({ id: subscriptions.id, size: subscriptions.size, status: subscriptions.status, siteId: subscriptions.siteId }).from(subscriptions).where(eq(subscriptions.memberId, me.id)).limit(1);
  // ok: excessive-data-exposure
  return row ?? null;
}

// ok: missing-auth, missing-input-validation
export async function pauseSubscription(subscriptionId: string) {
  await getCurrentMember();
  const id = uuid.parse(subscriptionId);
  // ruleid: floating-auth-check
  if (!ownsSubscription(id)) throw new Error("Not your subscription");
  // ruleid: missing-authorization
  await db.update(subscriptions).set({ status: "paused" }).where(eq(subscriptions.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function resumeSubscription(subscriptionId: string) {
  await getCurrentMember();
  const id = uuid.parse(subscriptionId);
  // ok: floating-auth-check
  if (!(await ownsSubscription(id))) throw new Error("Not your subscription");
  // ok: missing-authorization
  await db.update(subscriptions).set({ status: "active" }).where(eq(subscriptions.id, id));
  return { ok: true };
}
