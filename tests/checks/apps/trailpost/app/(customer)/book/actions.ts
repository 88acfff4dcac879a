"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { isBookingOwner } from "@/lib/auth/guards";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";

const BookSchema = z.object({
  tripId: z.string().cuid(),
  seats: z.coerce.number().int().min(1).max(8),
  emergencyName: z.string().max(80),
  emergencyPhone: z.string().max(20),
  medicalNotes: z.string().max(1000).optional(),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function createBooking(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login?next=/book");
  const input = BookSchema.parse(Object.fromEntries(formData));
  await rateLimitByIp("book");
  const trip = await prisma.trip.findFirst({ where: { id: input.tripId, published: true }, select: { id: true, priceCents: true } });
  if (!trip) return { error: "Trip not available" };
  const amountCents = trip.priceCents * input.seats;
  const intent = await stripe.paymentIntents.create({ amount: amountCents, currency: "usd" });
  // ok: mass-assignment
  const booking = await prisma.booking.create({ data: { ...input, userId: session.user.id, amountCents, paymentIntent: intent.id }, select: { id: true } });
  await sendEmail(session.user.email!, "Booking received", "<p>See you on the trail!</p>");
  return { bookingId: booking.id, clientSecret: intent.client_secret };
}

// ok: missing-auth, missing-input-validation
export async function cancelMyBooking(bookingId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(bookingId);
  // why: isBookingOwner is async and not awaited inside the negation
  // ruleid: floating-auth-check
  if (!isBookingOwner(session.user.id, id)) throw new Error("Forbidden");
  // why: with the floating check above, any signed-in user cancels any booking by id
  // ruleid: missing-authorization
  await prisma.booking.update({ where: { id }, data: { status: "cancelled" } });
}

// ok: missing-auth, missing-input-validation
export async function changeSeats(bookingId: string, seats: number) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const input = z.object({ bookingId: z.string().cuid(), seats: z.number().int().min(1).max(8) }).parse({ bookingId, seats });
  // ok: floating-auth-check
  if (!(await isBookingOwner(session.user.id, input.bookingId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.booking.update({ where: { id: input.bookingId }, data: { seats: input.seats } });
}

// ok: missing-auth, missing-input-validation
export async function updateEmergencyContact(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in first" };
  const input = z
    .object({ bookingId: z.string().cuid(), emergencyName: z.string().max(80), emergencyPhone: z.string().max(20), status: z.string().optional(), amountCents: z.number().int().optional() })
    .parse(Object.fromEntries(formData));
  const { bookingId, ...data } = input;
  // why: the schema admits `status` and `amountCents`, so a customer can mark their own booking "confirmed" at any price
  // ok: missing-authorization
  // todoruleid: mass-assignment -- (gap judge: ambiguous) status / amountCents are not in rule 4's privileged list
  await prisma.booking.updateMany({ where: { id: bookingId, userId: session.user.id }, data });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getMyBooking(bookingId: string) {
  const session = await auth();
  if (!session?.user?.id) return null;
  const id = z.string().cuid().parse(bookingId);
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({ where: { id, userId: session.user.id } });
  // why: full Booking row (paymentIntent id etc.) returned without select
  // ruleid: excessive-data-exposure
  return booking;
}
