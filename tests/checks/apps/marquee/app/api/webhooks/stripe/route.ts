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
    // ok: timing-unsafe-comparison
    event = stripe.webhooks.constructEvent(await req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe_webhook_bad_signature");
    // ruleid: information-disclosure
    return NextResponse.json({ error: `Webhook Error: ${(err as Error).message}` }, { status: 400 });
  }
  switch (event.type) {
    case "checkout.session.completed": {
      const s = event.data.object as Stripe.Checkout.Session;
      const holdId = s.metadata?.holdId;
      if (holdId) {
        await prisma.hold.update({ where: { id: holdId }, data: { expiresAt: new Date(0) } });
      }
      break;
    }
    case "charge.dispute.created": {
      const d = event.data.object as Stripe.Dispute;
      const order = await prisma.order.findFirst({ where: { stripePaymentIntentId: String(d.payment_intent) }, select: { id: true } });
      if (order) await prisma.chargeback.create({ data: { orderId: order.id, stripeDisputeId: d.id, status: d.status } });
      break;
    }
  }
  return NextResponse.json({ received: true });
}
