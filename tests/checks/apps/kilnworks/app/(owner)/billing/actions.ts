"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { redirect } from "next/navigation";
import { ownerProcedure, auditedOwnerProcedure } from "@/lib/zsa";
import { db, studios, users } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { getStudioContext } from "@/lib/dal";

const PRICE_IDS = { starter: process.env.STRIPE_PRICE_STARTER!, studio: process.env.STRIPE_PRICE_STUDIO!, collective: process.env.STRIPE_PRICE_COLLECTIVE! };

// The plan column is only written by the Stripe webhook once payment succeeds.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const startCheckout = auditedOwnerProcedure
  .createServerAction()
  .input(z.object({ plan: z.enum(["starter", "studio", "collective"]) }))
  .handler(async ({ input, ctx }) => {
    const owner = await db.query.users.findFirst({ where: eq(users.id, ctx.user.id), columns: { stripeCustomerId: true } });
    const checkout = await stripe.checkout.sessions.create({
      mode: "subscription",
      customer: owner?.stripeCustomerId ?? undefined,
      line_items: [{ price: PRICE_IDS[input.plan], quantity: 1 }],
      metadata: { studioId: ctx.studio.id, plan: input.plan },
      success_url: "https://kilnworks.app/billing?ok=1",
      cancel_url: "https://kilnworks.app/billing",
    });
    return { url: checkout.url };
  });

// ok: missing-auth, missing-input-validation
export const openBillingPortal = ownerProcedure.createServerAction().handler(async ({ ctx }) => {
  const owner = await db.query.users.findFirst({ where: eq(users.id, ctx.user.id), columns: { stripeCustomerId: true } });
  if (!owner?.stripeCustomerId) return { error: "No billing account yet" };
  const portal = await stripe.billingPortal.sessions.create({ customer: owner.stripeCustomerId, return_url: "https://kilnworks.app/billing" });
  return { url: portal.url };
});

// v1 plan switcher (kept for the "downgrade" button, which does not go through checkout).
// ok: missing-auth, missing-input-validation
export async function switchPlanLegacy(formData: FormData) {
  const ctx = await getStudioContext();
  if ("error" in ctx || ctx.role !== "owner") {
    redirect("/login");
  }
  const plan = z.enum(["starter", "studio", "collective"]).parse(formData.get("plan"));
  // ruleid: mass-assignment
  // ok: missing-authorization
  await db.update(studios).set({ plan }).where(eq(studios.id, ctx.studioId));
  redirect("/billing");
}

// Called from the Stripe webhook handler after checkout; exported from this module so both can share it.
// ruleid: missing-auth, missing-input-validation
export async function applyPaidPlan(studioId: string, plan: string, subscriptionId: string) {
  // ruleid: mass-assignment
  await db.update(studios).set({ plan, stripeSubscriptionId: subscriptionId }).where(eq(studios.id, studioId));
}
