import Stripe from "stripe";
import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// Monetary gifts → SMS credits for the network.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "bad stripe signature");
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    const networkId = s.metadata?.networkId;
    if (networkId) {
      // ok: mass-assignment, missing-authorization
      await prisma.network.update({ where: { id: networkId }, data: { smsCredits: { increment: Math.floor((s.amount_total ?? 0) / 10) } } });
    }
  }
  return NextResponse.json({ received: true });
}
