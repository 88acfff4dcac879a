"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { authActionClient } from "@/lib/safe-action";
import { legacyClient } from "@/lib/legacy-action";
import { verifySession } from "@/lib/dal";
import { auth } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export const requestRefund = authActionClient
  .schema(z.object({ bookingId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const b = await prisma.booking.findFirst({
      where: { id: parsedInput.bookingId, userId: ctx.userId, status: "cancelled" },
      select: { stripePaymentIntentId: true },
    });
    if (!b?.stripePaymentIntentId) return { error: "Not refundable" };
    await stripe.refunds.create({ payment_intent: b.stripePaymentIntentId });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const refundStatus = legacyClient
  .use(async ({ next }) => {
    const session = await auth();
    if (!session?.user?.id) throw new Error("Sign in");
    return next({ ctx: { userId: session.user.id } });
  })
  .schema(z.object({ bookingId: z.string() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const b = await prisma.booking.findUnique({ where: { id: parsedInput.bookingId }, select: { status: true, amountCents: true } });
    return { status: b?.status, amountCents: b?.amountCents };
  });

// ok: missing-auth, missing-input-validation
export async function refundToWallet(bookingId: string) {
  const user = await verifySession();
  const id = z.string().parse(bookingId);
  try {
    // ok: missing-authorization
    const b = await prisma.booking.findFirstOrThrow({ where: { id, userId: user.id, status: "cancelled" }, select: { amountCents: true } });
    await prisma.wallet.update({ where: { userId: user.id }, data: { credits: { increment: b.amountCents } } });
    await prisma.booking.update({ where: { id }, data: { status: "refunded" } });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: String(err) };
  }
}

// ok: missing-auth, missing-input-validation
export async function refundQuote(bookingId: string) {
  const user = await verifySession();
  const id = z.string().parse(bookingId);
  try {
    // ok: missing-authorization
    const b = await prisma.booking.findFirstOrThrow({ where: { id, userId: user.id }, select: { amountCents: true } });
    return { cents: Math.round(b.amountCents * 0.9) };
  } catch {
    // ok: information-disclosure
    return { error: "We could not price this refund." };
  }
}
