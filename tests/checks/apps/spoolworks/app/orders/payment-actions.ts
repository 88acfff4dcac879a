"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { verifySession } from "@/lib/dal";
import { customerIdFor } from "@/lib/data/orders";

// ok: missing-auth, missing-input-validation
export async function createCheckout(orderId: string) {
  const { user } = await verifySession();
  const id = z.string().uuid().parse(orderId);
  const customerId = await customerIdFor(user.id);
  // ok: missing-authorization
  const order = await prisma.order.findFirstOrThrow({ where: { id, customerId, status: "pending" }, select: { id: true, totalCents: true } });
  const intent = await stripe.paymentIntents.create({ amount: order.totalCents, currency: "eur", metadata: { orderId: order.id } });
  await prisma.order.update({ where: { id: order.id }, data: { paymentIntentId: intent.id } });
  // ok: excessive-data-exposure
  return { clientSecret: intent.client_secret };
}

// Helper for the Stripe webhook; lives here since the checkout refactor.
// why: every export of a "use server" module is a callable action (Next 15 drops unused ids, but treat it as public): marks any order paid
// ruleid: missing-auth
// ok: missing-input-validation
export async function markOrderPaid(orderId: string) {
  const id = z.string().uuid().parse(orderId);
  await prisma.order.update({ where: { id }, data: { status: "paid" } });
}

// why: exported, unguarded: credits a shop balance for any order id
// ruleid: missing-auth
// ok: missing-input-validation
export async function creditShopForOrder(orderId: string) {
  const id = z.string().uuid().parse(orderId);
  const order = await prisma.order.findUniqueOrThrow({ where: { id }, select: { shopId: true, totalCents: true } });
  await prisma.shopAccount.update({ where: { shopId: order.shopId }, data: { balanceCents: { increment: Math.round(order.totalCents * 0.9) } } });
}
