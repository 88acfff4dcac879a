import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logActivity } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const sig = req.headers.get("stripe-signature");
  // ok: timing-unsafe-comparison
  if (sig === null) return NextResponse.json({ error: "No signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await req.text(), sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return NextResponse.json({ error: "Bad signature" }, { status: 400 });
  }
  switch (event.type) {
    case "checkout.session.completed": {
      const s = event.data.object as Stripe.Checkout.Session;
      const listenerId = s.metadata?.listenerId;
      const showId = s.metadata?.showId;
      if (!listenerId || !showId || typeof s.subscription !== "string") break;
      // ok: mass-assignment, missing-authorization
      await prisma.subscription.upsert({ where: { stripeSubId: s.subscription }, create: { listenerId, showId, status: "active", stripeSubId: s.subscription }, update: { status: "active" } });
      break;
    }
    case "customer.subscription.deleted": {
      const sub = event.data.object as Stripe.Subscription;
      await prisma.subscription.updateMany({ where: { stripeSubId: sub.id }, data: { status: "canceled" } });
      break;
    }
    case "account.updated": {
      const acct = event.data.object as Stripe.Account;
      await logActivity({ action: "stripe.account_updated", target: acct.id });
      break;
    }
  }
  return NextResponse.json({ received: true });
}
