import { NextResponse } from "next/server";
import Stripe from "stripe";
import { prisma } from "@/lib/db/prisma";
import { billingDb } from "@/lib/db/kysely";
import { logger } from "@/lib/logger";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "Missing signature" }, { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature verification failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }

  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    const orgId = session.metadata?.orgId;
    const plan = session.metadata?.plan;
    if (orgId && plan) {
      await prisma.organization.update({
        where: { id: orgId },
        // ok: mass-assignment
        data: { plan, stripeCustomerId: String(session.customer) },
      });
    }
  }
  if (event.type === "customer.subscription.deleted") {
    const sub = event.data.object;
    await billingDb
      .updateTable("subscriptions")
      .set({ status: "canceled" })
      .where("stripe_subscription_id", "=", sub.id)
      .execute();
  }
  return NextResponse.json({ received: true });
}
