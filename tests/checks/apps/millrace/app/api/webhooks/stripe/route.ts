import { NextResponse } from "next/server";
import { headers } from "next/headers";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { adjustCredit } from "@/lib/credit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get("stripe-signature");
  // ok: timing-unsafe-comparison
  if (signature === null) return NextResponse.json({ error: "No signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn("stripe signature failed", { err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    const memberId = s.metadata?.memberId;
    // ok: mass-assignment
    if (memberId && s.amount_total) await adjustCredit(memberId, s.amount_total, "topup", s.id);
  }
  return NextResponse.json({ received: true });
}
