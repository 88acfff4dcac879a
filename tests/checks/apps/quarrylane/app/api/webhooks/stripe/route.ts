import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, req.headers.get("stripe-signature")!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn("stripe_sig_failed", { err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }
  if (event.type === "payment_intent.succeeded") {
    const pi = event.data.object as Stripe.PaymentIntent;
    // ok: missing-authorization, mass-assignment
    await prisma.rental.updateMany({ where: { depositIntentId: pi.id }, data: { status: "confirmed" } });
  }
  if (event.type === "charge.refunded") {
    const ch = event.data.object as Stripe.Charge;
    try {
      await prisma.damageCharge.updateMany({ where: { stripePaymentIntentId: String(ch.payment_intent) }, data: { status: "refunded" } });
    } catch (e: any) {
      // why: the raw Prisma error message is echoed back in the response.
      // ruleid: information-disclosure -- ruling pass 34: rule 10(b) has no caller exemption; error text answered past a webhook/cron secret is reported
      return NextResponse.json({ error: e.message }, { status: 500 });
    }
  }
  return NextResponse.json({ received: true });
}
