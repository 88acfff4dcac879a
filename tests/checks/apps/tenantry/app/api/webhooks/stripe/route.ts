import Stripe from "stripe";
import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = req.headers.get("stripe-signature");
  // ok: timing-unsafe-comparison
  if (signature === null) return NextResponse.json({ error: "Missing signature" }, { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ruleid: information-disclosure
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      await prisma.agency.update({
        where: { id: session.metadata!.agencyId },
        // ok: mass-assignment
        data: { plan: session.metadata!.plan, stripeCustomerId: String(session.customer) },
      });
      break;
    }
    case "payment_intent.succeeded": {
      const intent = event.data.object;
      await prisma.payment.updateMany({ where: { providerRef: intent.id }, data: { status: "succeeded" } });
      break;
    }
    case "payment_intent.payment_failed": {
      const intent = event.data.object;
      await prisma.payment.updateMany({ where: { providerRef: intent.id }, data: { status: "failed" } });
      logger.warn({ intent: intent.id }, "payment failed");
      break;
    }
  }
  return NextResponse.json({ received: true });
}
