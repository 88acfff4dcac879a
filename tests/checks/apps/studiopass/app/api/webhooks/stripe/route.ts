import { headers } from "next/headers";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature failed");
    // ruleid: information-disclosure
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }
  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object as Stripe.Checkout.Session;
      const corporateClientId = session.metadata?.corporateClientId;
      if (corporateClientId) {
        await prisma.corporateClient.update({
          where: { id: corporateClientId },
          data: { creditBalance: { increment: Number(session.metadata?.credits ?? 0) } },
        });
      }
      break;
    }
    case "invoice.payment_failed": {
      const invoice = event.data.object as Stripe.Invoice;
      await prisma.member.updateMany({ where: { stripeCustomerId: String(invoice.customer) }, data: { status: "past_due" } });
      break;
    }
  }
  // ok: information-disclosure
  return Response.json({ received: true });
}
