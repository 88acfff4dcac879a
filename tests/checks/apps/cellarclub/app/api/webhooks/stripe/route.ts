import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "payment_intent.succeeded") {
    const pi = event.data.object as Stripe.PaymentIntent;
    await prisma.order.updateMany({ where: { paymentIntentId: pi.id }, data: { status: "paid" } });
  }
  if (event.type === "payment_intent.payment_failed") {
    const pi = event.data.object as Stripe.PaymentIntent;
    await prisma.allocation.updateMany({ where: { id: pi.metadata.allocationId }, data: { status: "payment_failed" } });
  }
  return NextResponse.json({ received: true });
}
