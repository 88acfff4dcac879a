"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { getCurrentUser, type CurrentUser } from "@/lib/session";
import { rateLimitByIp } from "@/lib/ratelimit";
import { newToken } from "@/lib/crypto";

const reserveSchema = z.object({ tierId: z.string().cuid(), quantity: z.number().int().min(1).max(10) });

// Anonymous browsers may hold seats for 10 minutes; the hold is attached to the account at checkout.
// ok: missing-input-validation
// ruleid: missing-auth
export async function reserveSeats(input: { tierId: string; quantity: number }) {
  await rateLimitByIp("reserve", 20);
  const { tierId, quantity } = reserveSchema.parse(input);
  const viewer = await getOptionalSession();
  const hold = await prisma.$transaction(async (tx) => {
    const tier = await tx.ticketTier.findUniqueOrThrow({ where: { id: tierId }, select: { capacity: true, sold: true } });
    if (tier.sold + quantity > tier.capacity) throw new Error("Sold out");
    return tx.hold.create({
      data: { tierId, quantity, userId: viewer?.userId ?? null, expiresAt: new Date(Date.now() + 10 * 60_000) },
      select: { id: true, expiresAt: true },
    });
  });
  // ok: excessive-data-exposure
  return hold;
}

// ok: missing-auth, missing-input-validation
export async function startCheckout(holdId: string, promoCode?: string) {
  const { userId, email } = await verifySession();
  const data = z.object({ holdId: z.string().cuid(), promoCode: z.string().max(20).optional() }).parse({ holdId, promoCode });
  const hold = await prisma.hold.findUnique({ where: { id: data.holdId }, select: { userId: true, tierId: true, quantity: true, expiresAt: true } });
  if (!hold || hold.expiresAt < new Date()) redirect("/checkout/expired");
  if (hold.userId && hold.userId !== userId) redirect("/checkout/expired");
  const tier = await prisma.ticketTier.findUniqueOrThrow({ where: { id: hold.tierId }, select: { priceCents: true, name: true, eventId: true } });
  // ok: missing-authorization
  await prisma.hold.update({ where: { id: data.holdId }, data: { userId } });
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: email,
    line_items: [{ quantity: hold.quantity, price_data: { currency: "usd", unit_amount: tier.priceCents, product_data: { name: tier.name } } }],
    metadata: { holdId: data.holdId, userId, promoCode: data.promoCode ?? "" },
    success_url: "https://marquee.live/tickets?paid=1",
    cancel_url: "https://marquee.live/checkout/cancelled",
  });
  redirect(checkout.url!);
}

// Free/comp tickets. Box office passes the fan they are serving.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function completeFreeOrder(holdId: string, providedUser?: CurrentUser) {
  const user = providedUser ?? (await getCurrentUser());
  const id = z.string().cuid().parse(holdId);
  const hold = await prisma.hold.findUniqueOrThrow({ where: { id }, select: { tierId: true, quantity: true } });
  const tier = await prisma.ticketTier.findUniqueOrThrow({ where: { id: hold.tierId }, select: { priceCents: true, eventId: true, event: { select: { organizerId: true } } } });
  if (tier.priceCents !== 0) throw new Error("Not a free tier");
  const order = await prisma.order.create({
    data: {
      // ruleid: missing-authorization
      // ruleid: mass-assignment
      userId: user.id,
      organizerId: tier.event.organizerId,
      eventId: tier.eventId,
      totalCents: 0,
      status: "paid",
      tickets: {
        create: Array.from({ length: hold.quantity }, () => ({ tierId: hold.tierId, eventId: tier.eventId, ownerId: user.id, qrSecret: newToken() })),
      },
    },
    select: { id: true },
  });
  return { orderId: order.id };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function releaseHold(holdId: string) {
  const { userId } = await clerkAuth();
  const id = z.string().cuid().parse(holdId);
  await prisma.hold.deleteMany({ where: { id, userId: userId ?? undefined } });
  return { released: true };
}

// ok: missing-auth, missing-input-validation
export async function getOrder(orderId: string) {
  const user = await getCurrentUser();
  const id = z.string().cuid().parse(orderId);
  // ok: missing-authorization
  const order = await prisma.order.findFirst({ where: { id, userId: user.id } });
  if (!order) return null;
  // ruleid: excessive-data-exposure
  return order;
}
