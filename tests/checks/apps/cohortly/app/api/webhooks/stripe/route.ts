import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  // ok: timing-unsafe-comparison
  if (signature === null) return NextResponse.json({ error: "missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn("stripe.webhook_invalid", { err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }
  if (event.type === "transfer.reversed") {
    const transfer = event.data.object as Stripe.Transfer;
    await prisma.stipend.updateMany({ where: { stripeTransferId: transfer.id }, data: { status: "reversed" } });
  }
  return NextResponse.json({ received: true });
}
