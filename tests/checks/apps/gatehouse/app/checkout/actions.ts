"use server";

import { and, eq, gt, lt } from "drizzle-orm";
import * as yup from "yup";
import { z } from "zod";
import { ActionError, publicLimitedClient } from "@/lib/safe-action";
import { db } from "@/lib/db/drizzle";
import { seatHolds } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { newToken } from "@/lib/crypto";
import { CheckoutSchema, GroupCheckoutSchema } from "@/lib/validation/schemas";

const HOLD_MINUTES = 10;

// ok: missing-input-validation
// ruleid: missing-auth -- (was ok) an anonymous seat hold on shared inventory: a guest-checkout write, not a contact/newsletter form (LABELS.md)
export const holdSeats = publicLimitedClient
  .metadata({ actionName: "holdSeats" })
  .inputSchema(
    z.object({
      eventId: z.string().cuid(),
      seats: z.array(z.string().regex(/^[A-Z]{1,2}-\d{1,3}$/)).min(1).max(10),
    }),
  )
  .action(async ({ parsedInput: { eventId, seats } }) => {
    const now = new Date();
    const taken = await db
      .select({ seatLabel: seatHolds.seatLabel })
      .from(seatHolds)
      .where(and(eq(seatHolds.eventId, eventId), gt(seatHolds.expiresAt, now)));
    const clash = seats.filter((s) => taken.some((t) => t.seatLabel === s));
    if (clash.length) throw new ActionError(`Seats already held: ${clash.join(", ")}`);

    const holdToken = newToken(16);
    await db.insert(seatHolds).values(
      seats.map((seatLabel) => ({ eventId, seatLabel, holdToken, expiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000) })),
    );
    return { holdToken, expiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000) };
  });

// "Cancel" on the seat map: releases the buyer's own holds.
// ok: missing-input-validation
// ok: missing-auth -- deletes only the holds whose token equals the caller's (a capability from holdSeats), matched in a JS filter (fixed in pass 26, LABELS.md)
export async function releaseHold(eventId: string, holdToken: string) {
  if (typeof eventId !== "string" || typeof holdToken !== "string") return { released: 0 };
  const holds = await db
    .select({ id: seatHolds.id, holdToken: seatHolds.holdToken })
    .from(seatHolds)
    .where(eq(seatHolds.eventId, eventId));
  // ruleid: timing-unsafe-comparison
  const mine = holds.filter((h) => h.holdToken === holdToken);
  for (const hold of mine) {
    await db.delete(seatHolds).where(eq(seatHolds.id, hold.id));
  }
  return { released: mine.length };
}

const PromoLookup = yup.object({
  eventId: yup.string().required().max(30),
  code: yup
    .string()
    .required()
    .matches(/^[A-Za-z0-9]{4,20}$/),
});

// ok: missing-auth, missing-input-validation // ruleid: missing-rate-limit
export async function applyPromoCode(eventId: string, code: string) {
  const input = await PromoLookup.validate({ eventId, code }, { stripUnknown: true });
  const promo = await prisma.promoCode.findFirst({
    where: { eventId: input.eventId, code: input.code.toUpperCase() },
  });
  if (!promo || promo.uses >= promo.maxUses) return { valid: false as const };
  // ok: excessive-data-exposure
  return { valid: true as const, percentOff: promo.percentOff };
}

// ok: missing-input-validation
// ruleid: missing-auth -- (was ok) a guest checkout creates an order: the contract exempts no such write (LABELS.md)
export const startCheckout = publicLimitedClient
  .metadata({ actionName: "startCheckout" })
  .inputSchema(CheckoutSchema)
  .action(async ({ parsedInput: input }) => {
    const types = await prisma.ticketType.findMany({
      where: { eventId: input.eventId, hidden: false, id: { in: input.items.map((i) => i.ticketTypeId) } },
      select: { id: true, name: true, priceCents: true },
    });
    const lineItems = input.items.map((item) => {
      const type = types.find((t) => t.id === item.ticketTypeId);
      if (!type) throw new ActionError("A ticket type is no longer on sale.");
      return { type, quantity: item.quantity };
    });
    const totalCents = lineItems.reduce((sum, l) => sum + l.type.priceCents * l.quantity, 0);

    const order = await prisma.order.create({
      data: { eventId: input.eventId, buyerEmail: input.buyerEmail, buyerName: input.buyerName, totalCents, status: "PENDING" },
      select: { id: true },
    });
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      customer_email: input.buyerEmail,
      line_items: lineItems.map((l) => ({
        quantity: l.quantity,
        price_data: { currency: "gbp", unit_amount: l.type.priceCents, product_data: { name: l.type.name } },
      })),
      metadata: { orderId: order.id, holdToken: input.holdToken },
      success_url: `${process.env.APP_URL}/orders/${order.id}/thanks`,
      cancel_url: `${process.env.APP_URL}/checkout/cancelled`,
    });
    await prisma.order.update({ where: { id: order.id }, data: { stripeCheckoutId: session.id } });
    return { url: session.url };
  });

// v1 embed: group bookings priced by the widget (organiser-configured group discount).
// ok: missing-input-validation
// ruleid: missing-auth -- (was ok) a guest checkout creates an order (LABELS.md)
export const startGroupCheckout = publicLimitedClient
  .metadata({ actionName: "startGroupCheckout" })
  .inputSchema(GroupCheckoutSchema)
  .action(async ({ parsedInput }) => {
    const order = await prisma.order.create({
      // ruleid: mass-assignment
      data: { ...parsedInput, status: "PENDING" },
      select: { id: true, totalCents: true },
    });
    return { orderId: order.id, totalCents: order.totalCents };
  });
