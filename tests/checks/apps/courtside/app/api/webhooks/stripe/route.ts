import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { eq } from "drizzle-orm";
import { stripe } from "@/lib/stripe";
import { db } from "@/lib/db";
import { registrations } from "@/db/schema";
import { logger } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    // ok: timing-unsafe-comparison
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature failed");
    // ruleid: information-disclosure
    return new NextResponse(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    // ok: missing-authorization, mass-assignment
    await db.update(registrations).set({ status: "paid" }).where(eq(registrations.stripeSessionId, session.id));
  }
  return NextResponse.json({ received: true });
}
