import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { eq } from "drizzle-orm";
import { stripe } from "@/lib/stripe";
import { billingDb } from "@/lib/drizzle/client";
import { billingAccounts, invoices } from "@/lib/drizzle/schema";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  // ok: timing-unsafe-comparison
  if (signature === null) return new Response("Missing signature", { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ruleid: information-disclosure
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  switch (event.type) {
    case "checkout.session.completed": {
      const checkout = event.data.object as Stripe.Checkout.Session;
      const workspaceId = checkout.metadata?.workspaceId;
      const plan = checkout.metadata?.plan;
      if (workspaceId && plan) {
        // ok: mass-assignment
        await billingDb.update(billingAccounts).set({ plan }).where(eq(billingAccounts.workspaceId, workspaceId));
      }
      break;
    }
    case "payment_intent.succeeded": {
      const pi = event.data.object as Stripe.PaymentIntent;
      // ok: mass-assignment
      await billingDb
        .update(invoices)
        .set({ status: "paid", paidCents: pi.amount_received })
        .where(eq(invoices.stripePaymentIntent, pi.id));
      break;
    }
    default:
      logger.debug({ msg: "stripe event ignored", type: event.type });
  }
  return NextResponse.json({ received: true });
}
