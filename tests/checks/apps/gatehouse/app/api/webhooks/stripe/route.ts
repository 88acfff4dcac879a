import { headers } from "next/headers";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { newToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/messaging";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get("stripe-signature");
  // ok: timing-unsafe-comparison
  if (signature === null || signature === "") return new Response("Missing signature", { status: 400 });

  let event: Stripe.Event;
  try {
    // ok: timing-unsafe-comparison
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe webhook signature check failed");
    return new Response("Invalid signature", { status: 400 });
  }

  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    const orderId = session.metadata?.orderId;
    if (!orderId) return new Response("ok");
    const order = await prisma.order.update({
      where: { id: orderId },
      data: { status: "PAID", stripePaymentIntentId: String(session.payment_intent) },
      select: { id: true, buyerEmail: true, buyerName: true, event: { select: { title: true } } },
    });
    const types = await prisma.ticketType.findMany({ where: { event: { orders: { some: { id: order.id } } } }, select: { id: true }, take: 1 });
    if (types[0]) {
      await prisma.ticket.create({
        data: { orderId: order.id, ticketTypeId: types[0].id, attendeeName: order.buyerName, attendeeEmail: order.buyerEmail, qrSecret: newToken(24) },
      });
    }
    await sendEmail({
      to: order.buyerEmail,
      subject: `Your tickets for ${order.event.title}`,
      html: `<a href="${process.env.APP_URL}/orders/${order.id}">View your tickets</a>`,
    });
  }

  if (event.type === "charge.refunded") {
    const charge = event.data.object;
    await prisma.order.updateMany({
      where: { stripePaymentIntentId: String(charge.payment_intent) },
      data: { refundedCents: charge.amount_refunded },
    });
  }

  return new Response("ok");
}
