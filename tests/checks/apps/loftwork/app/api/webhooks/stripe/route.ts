import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { markBookingPaid, markInvoicePaid } from "@/app/actions/billing";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  // ok: timing-unsafe-comparison
  if (!signature) return NextResponse.json({ error: "Missing signature" }, { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn("stripe signature failed", { err: String(err) });
    // ruleid: information-disclosure
    return NextResponse.json({ error: `Webhook Error: ${(err as Error).message}` }, { status: 400 });
  }

  switch (event.type) {
    case "checkout.session.completed": {
      const s = event.data.object;
      if (s.metadata?.bookingId) await markBookingPaid(s.metadata.bookingId);
      break;
    }
    case "invoice.paid": {
      const inv = event.data.object;
      if (inv.id) await markInvoicePaid(inv.id);
      break;
    }
    default:
      break;
  }
  return NextResponse.json({ received: true });
}
