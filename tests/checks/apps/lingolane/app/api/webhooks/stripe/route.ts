import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const sig = req.headers.get("stripe-signature");
  const raw = await req.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(raw, sig!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    // ok: missing-authorization
    await prisma.organization.update({ where: { id: s.metadata!.orgId }, data: { plan: "team", stripeCustomerId: String(s.customer) } });
  }
  return NextResponse.json({ received: true });
}
