import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn("stripe signature rejected", { err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    const bookingId = s.metadata?.bookingId;
    const userId = s.metadata?.userId;
    if (bookingId && userId && typeof s.payment_intent === "string") {
      await prisma.payment.upsert({
        where: { stripeIntentId: s.payment_intent },
        create: { bookingId, userId, amountCents: s.amount_total ?? 0, stripeIntentId: s.payment_intent, status: "succeeded" },
        update: { status: "succeeded" },
      });
      await prisma.booking.update({ where: { id: bookingId }, data: { status: "confirmed", paymentIntentId: s.payment_intent } });
    }
  }
  if (event.type === "charge.refunded") {
    const charge = event.data.object as Stripe.Charge;
    if (typeof charge.payment_intent === "string") {
      await prisma.payment.update({ where: { stripeIntentId: charge.payment_intent }, data: { refundedCents: charge.amount_refunded } });
    }
  }
  return NextResponse.json({ received: true });
}
