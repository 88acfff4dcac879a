import { headers } from "next/headers";
import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "Missing signature" }, { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.error("stripe webhook signature", err);
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }

  if (event.type === "checkout.session.completed") {
    const cs = event.data.object as Stripe.Checkout.Session;
    const feeId = cs.metadata?.feeId;
    if (feeId) {
      await prisma.fee.update({ where: { id: feeId }, data: { status: "PAID", paidAt: new Date() } });
      await auditLog({ action: "fee.paid", target: feeId, meta: { checkout: cs.id } });
    }
  } else if (event.type === "charge.refunded") {
    const charge = event.data.object as Stripe.Charge;
    await auditLog({ action: "fee.refunded_webhook", meta: { charge: charge.id } });
  }
  return NextResponse.json({ received: true });
}
