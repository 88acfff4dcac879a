import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { db } from "@/lib/db";
import { subscriptions, charges } from "@/db/schema";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-authorization
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  // ok: timing-unsafe-comparison
  if (signature === null) return NextResponse.json({ error: "missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    const subscriptionId = session.metadata?.subscriptionId;
    if (subscriptionId) {
      // ok: mass-assignment
      await db.update(subscriptions).set({ status: "active", stripeSubscriptionId: String(session.subscription) }).where(eq(subscriptions.id, subscriptionId));
    }
  }
  if (event.type === "payment_intent.payment_failed") {
    const pi = event.data.object as Stripe.PaymentIntent;
    await db.update(charges).set({ status: "failed" }).where(eq(charges.stripePaymentIntentId, pi.id));
  }
  return NextResponse.json({ received: true });
}
