import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/payments";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get("stripe-signature");
  if (!sig) return NextResponse.json({ error: "missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err: String(err) }, "stripe_webhook_bad_signature");
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }

  switch (event.type) {
    case "transfer.reversed": {
      const transfer = event.data.object as Stripe.Transfer;
      await prisma.payment.updateMany({ where: { stripeTransferId: transfer.id }, data: { status: "reversed" } });
      break;
    }
    case "checkout.session.completed": {
      const cs = event.data.object as Stripe.Checkout.Session;
      if (cs.client_reference_id) {
        const plan = cs.metadata?.plan === "enterprise" ? "enterprise" : "pro";
        // ok: mass-assignment
        await prisma.tenant.update({ where: { id: cs.client_reference_id }, data: { plan } });
      }
      break;
    }
    case "account.updated": {
      const acct = event.data.object as Stripe.Account;
      if (acct.payouts_enabled) logger.info({ account: acct.id }, "connect_account_ready");
      break;
    }
  }
  return NextResponse.json({ received: true });
}
