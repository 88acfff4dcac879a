import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { db, studios } from "@/lib/db";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    const studioId = s.metadata?.studioId;
    const plan = s.metadata?.plan;
    if (studioId && plan) {
      // ok: mass-assignment, missing-authorization
      await db.update(studios).set({ plan, stripeSubscriptionId: String(s.subscription) }).where(eq(studios.id, studioId));
    }
  }
  if (event.type === "customer.subscription.deleted") {
    const sub = event.data.object as Stripe.Subscription;
    // ok: mass-assignment
    await db.update(studios).set({ plan: "starter" }).where(eq(studios.stripeSubscriptionId, sub.id));
  }
  return NextResponse.json({ received: true });
}
