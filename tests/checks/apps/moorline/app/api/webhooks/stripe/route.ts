import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "Missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature rejected");
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  switch (event.type) {
    case "payment_intent.succeeded": {
      const pi = event.data.object as Stripe.PaymentIntent;
      await prisma.booking.updateMany({ where: { paymentIntentId: pi.id }, data: { status: "confirmed" } });
      break;
    }
    case "invoice.paid": {
      const inv = event.data.object as Stripe.Invoice;
      await prisma.invoice.updateMany({ where: { stripeInvoiceId: inv.id }, data: { status: "paid", paidAt: new Date() } });
      break;
    }
  }
  return NextResponse.json({ received: true });
}
