import Stripe from "stripe";
import { eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { db } from "@/lib/db/drizzle";
import { organisations } from "@/lib/db/schema";
import { logger } from "@/lib/logger";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn("stripe.bad_signature");
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "customer.subscription.updated") {
    const sub = event.data.object as Stripe.Subscription;
    const plan = sub.items.data[0]?.price.lookup_key ?? "starter";
    // ok: mass-assignment, missing-authorization
    await db.update(organisations).set({ plan }).where(eq(organisations.stripeCustomerId, String(sub.customer)));
  }
  return NextResponse.json({ received: true });
}
