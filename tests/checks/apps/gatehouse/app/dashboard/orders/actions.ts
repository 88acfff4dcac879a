"use server";

import { z } from "zod";
import { ActionError, authActionClient } from "@/lib/safe-action";
import { softClient } from "@/lib/soft-action";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { getSessionUser, isOrganiserMember } from "@/lib/auth";
import { sendEmail } from "@/lib/messaging";
import { buyerLookup, buyerLookupSafe } from "@/lib/search";

// ok: missing-auth, missing-input-validation
export const refundOrder = authActionClient
  .metadata({ actionName: "refundOrder" })
  .inputSchema(
    z.object({
      orderId: z.string().cuid(),
      amountCents: z.number().int().positive().optional(),
      reason: z.enum(["requested_by_customer", "duplicate", "fraudulent"]),
    }),
  )
  .action(async ({ parsedInput: { orderId, amountCents, reason }, ctx: { user } }) => {
    const order = await prisma.order.findUnique({
      where: { id: orderId },
      select: {
        id: true,
        totalCents: true,
        refundedCents: true,
        stripePaymentIntentId: true,
        event: { select: { organiserId: true } },
      },
    });
    if (!order?.stripePaymentIntentId) throw new ActionError("Order not found.");
    const allowed = await isOrganiserMember(user.id, order.event.organiserId, ["OWNER", "ADMIN"]);
    if (!allowed) throw new ActionError("Only owners and admins can refund orders.");

    const remaining = order.totalCents - order.refundedCents;
    const refund = await stripe.refunds.create({
      payment_intent: order.stripePaymentIntentId,
      amount: Math.min(amountCents ?? remaining, remaining),
      reason,
    });
    // ok: missing-authorization
    await prisma.order.update({
      where: { id: order.id },
      data: {
        refundedCents: { increment: refund.amount },
        status: refund.amount >= remaining ? "REFUNDED" : "PARTIALLY_REFUNDED",
      },
      select: { id: true },
    });
    return { refundId: refund.id };
  });

// ruleid: missing-auth
// ok: missing-input-validation
export const listOrders = softClient
  .inputSchema(z.object({ eventId: z.string().cuid(), page: z.coerce.number().int().min(1).default(1) }))
  .action(async ({ parsedInput: { eventId, page }, ctx }) => {
    const orders = await prisma.order.findMany({
      where: { eventId },
      orderBy: { createdAt: "desc" },
      take: 50,
      skip: (page - 1) * 50,
      select: { id: true, buyerName: true, buyerEmail: true, totalCents: true, status: true, createdAt: true },
    });
    // ok: excessive-data-exposure
    return { orders, viewerId: ctx.userId };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const resendOrderConfirmation = authActionClient
  .metadata({ actionName: "resendOrderConfirmation" })
  .inputSchema(z.object({ orderId: z.string().cuid(), to: z.string().email().optional() }))
  .action(async ({ parsedInput: { orderId, to }, ctx: { user } }) => {
    // ok: missing-authorization
    const order = await prisma.order.findFirst({
      where: { id: orderId, event: { organiser: { memberships: { some: { userId: user.id } } } } },
      select: { id: true, buyerEmail: true, buyerName: true, event: { select: { title: true } } },
    });
    if (!order) throw new ActionError("Order not found.");
    await sendEmail({
      to: to ?? order.buyerEmail,
      subject: `Your tickets for ${order.event.title}`,
      html: `<p>Hi ${order.buyerName}, your tickets are attached. <a href="${process.env.APP_URL}/orders/${order.id}">View order</a></p>`,
    });
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation
export const findBuyer = authActionClient
  .metadata({ actionName: "findBuyer" })
  .inputSchema(z.object({ organiserId: z.string().cuid(), email: z.string().email() }))
  .action(async ({ parsedInput: { organiserId, email }, ctx: { user } }) => {
    if (!(await isOrganiserMember(user.id, organiserId))) throw new ActionError("Not a member of this organiser.");
    try {
      const rows = process.env.LEGACY_SEARCH === "1" ? await buyerLookup(organiserId, email) : await buyerLookupSafe(organiserId, email);
      // ok: excessive-data-exposure
      return { ok: true, orders: rows.map((r) => ({ id: r.id, name: r.buyer_name, totalCents: r.total_cents })) };
    } catch (err) {
      // ruleid: information-disclosure
      return { ok: false, error: (err as Error).message };
    }
  });

// Shared by the organiser orders table and the public "who's going" widget (paid orders only).
// ruleid: missing-auth
export async function ordersForEvent(eventId: string, opts: { includeRefunded?: boolean } = {}) {
  const id = z.string().cuid().parse(eventId);
  if (opts.includeRefunded) {
    const user = await getSessionUser();
    const event = await prisma.event.findUnique({ where: { id }, select: { organiserId: true } });
    if (!user || !event || !(await isOrganiserMember(user.id, event.organiserId))) {
      throw new Error("Not allowed");
    }
  }
  const orders = await prisma.order.findMany({
    where: { eventId: id, status: opts.includeRefunded ? undefined : "PAID" },
    select: { id: true, buyerName: true, buyerEmail: true, totalCents: true, status: true },
    orderBy: { createdAt: "desc" },
  });
  // ok: excessive-data-exposure
  return orders;
}
