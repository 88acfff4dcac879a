import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "missing signature" }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn("stripe.webhook.bad_signature", { err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }
  const seen = await prisma.webhookEvent.findUnique({ where: { id: event.id }, select: { id: true } });
  if (seen) return NextResponse.json({ received: true });
  await prisma.webhookEvent.create({ data: { id: event.id, provider: "stripe", type: event.type, payload: event as unknown as object } });

  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    await prisma.donation.create({
      data: {
        charityId: s.metadata!.charityId,
        campaignId: s.metadata!.campaignId,
        amountPence: s.amount_total ?? 0,
        status: "succeeded",
        provider: "stripe",
        providerRef: (s.payment_intent as string) ?? s.id,
        giftAid: s.metadata!.giftAid === "true",
      },
    });
  } else if (event.type === "charge.dispute.created") {
    const d = event.data.object as Stripe.Dispute;
    await prisma.donation.updateMany({ where: { providerRef: d.payment_intent as string }, data: { status: "disputed" } });
  }
  return NextResponse.json({ received: true });
}
