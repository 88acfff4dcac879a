import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { addEntry } from "@/lib/data/ledger";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "Missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "payment_intent.succeeded") {
    const intent = event.data.object as Stripe.PaymentIntent;
    const quoteId = intent.metadata.quoteId;
    // ok: missing-authorization
    const quote = await prisma.quote.update({ where: { id: quoteId }, data: { status: "deposit_paid" }, select: { studioId: true } });
    await addEntry({ studioId: quote.studioId, kind: "sale", amountCents: intent.amount, reference: intent.id, createdBy: "stripe" });
  }
  return NextResponse.json({ received: true });
}
