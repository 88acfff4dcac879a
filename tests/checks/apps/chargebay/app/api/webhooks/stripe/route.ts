import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature verification failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }

  switch (event.type) {
    case "payment_intent.succeeded": {
      const pi = event.data.object;
      if (pi.metadata.purpose === "wallet_topup" && pi.metadata.userId) {
        await prisma.wallet.update({
          where: { userId: pi.metadata.userId },
          // ok: mass-assignment
          data: { balance: { increment: pi.amount_received } },
        });
      }
      break;
    }
    case "account.updated": {
      const account = event.data.object;
      logger.info({ accountId: account.id, payouts: account.payouts_enabled }, "connect account updated");
      break;
    }
    case "charge.dispute.created": {
      const dispute = event.data.object;
      logger.warn({ charge: dispute.charge, amount: dispute.amount }, "card dispute opened");
      break;
    }
  }
  return NextResponse.json({ received: true });
}
