import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "Missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn("stripe.bad_signature", { err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    const feeId = s.metadata?.feeId;
    const permitId = s.metadata?.permitId;
    if (feeId && permitId) {
      await prisma.$transaction([
        prisma.fee.update({ where: { id: feeId }, data: { paidAt: new Date() } }),
        prisma.payment.create({
          data: { permitId, feeId, method: "card", amount: (s.amount_total ?? 0) / 100, stripeIntentId: String(s.payment_intent) },
        }),
      ]);
    }
  }
  return NextResponse.json({ received: true });
}
