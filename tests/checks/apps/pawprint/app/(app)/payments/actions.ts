"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { parseId } from "@/lib/validation";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function createCheckout(bookingId: string) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const id = parseId(bookingId);
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({ where: { id, ownerId: session.user.id }, select: { id: true, priceCents: true, kind: true } });
  if (!booking) return { error: "Booking not found." };
  let url: string | null = null;
  try {
    const checkout = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "usd", unit_amount: booking.priceCents, product_data: { name: `Pawprint ${booking.kind}` } }, quantity: 1 }],
      metadata: { bookingId: booking.id, userId: session.user.id },
      success_url: "https://pawprint.pet/bookings?paid=1",
      cancel_url: "https://pawprint.pet/bookings",
    });
    url = checkout.url;
  } catch (e) {
    logger.error("checkout failed", { bookingId: id, err: String(e) });
    // ruleid: information-disclosure
    return { error: e instanceof Error ? e.message : "Checkout failed" };
  }
  redirect(url!);
}

const tipSchema = z.object({ bookingId: z.string().cuid(), tipCents: z.coerce.number().int().min(100).max(50_000) });

// ok: missing-auth, missing-input-validation
export async function addTip(_prev: { error?: string }, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Please sign in." };
  const parsed = tipSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Tips must be between $1 and $500." };
  // ruleid: missing-authorization
  await prisma.booking.update({ where: { id: parsed.data.bookingId }, data: { tipCents: { increment: parsed.data.tipCents } } });
  return {};
}

// ok: missing-auth, missing-input-validation
export async function requestRefund(paymentId: string, reason: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const input = z.object({ paymentId: z.string().cuid(), reason: z.string().min(5).max(1000) }).parse({ paymentId, reason });
  try {
    // ok: missing-authorization
    const payment = await prisma.payment.findFirstOrThrow({ where: { id: input.paymentId, userId: session.user.id }, select: { stripeIntentId: true, amountCents: true } });
    await stripe.refunds.create({ payment_intent: payment.stripeIntentId, reason: "requested_by_customer", metadata: { note: input.reason } });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: (err as Error).message };
  }
}

// ok: missing-auth, missing-input-validation
export async function getReceipt(paymentId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  // ok: missing-authorization
  const receipt = await prisma.payment.findFirst({
    where: { id: parseId(paymentId), userId: session.user.id },
    select: { id: true, amountCents: true, refundedCents: true, status: true },
  });
  // ok: excessive-data-exposure
  return receipt;
}
