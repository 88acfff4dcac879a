import type Stripe from "stripe";
import { stripe } from "@/lib/payments";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe signature failed");
    // ruleid: information-disclosure
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }
  if (event.type === "transfer.reversed") {
    const transfer = event.data.object as Stripe.Transfer;
    await prisma.payout.updateMany({ where: { id: transfer.transfer_group ?? "" }, data: { status: "REVERSED" } });
  }
  await prisma.webhookEvent.create({ data: { id: event.id, provider: "stripe", payload: event as unknown as object } });
  return Response.json({ received: true });
}
