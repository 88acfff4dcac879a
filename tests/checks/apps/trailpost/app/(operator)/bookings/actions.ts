"use server";

import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { getMembership } from "@/lib/auth/guards";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";
import { stripe } from "@/lib/stripe";

const Ids = z.object({ orgId: z.string().cuid(), bookingId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function confirmBooking(input: z.infer<typeof Ids>) {
  const { orgId, bookingId } = Ids.parse(input);
  const { error } = await getMembership(orgId);
  if (error) return { error };
  // ok: missing-authorization
  await prisma.booking.updateMany({ where: { id: bookingId, trip: { orgId } }, data: { status: "confirmed" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function refundBooking(input: z.infer<typeof Ids>) {
  const { orgId, bookingId } = Ids.parse(input);
  await rateLimitByIp("refund");
  const { error, membership } = await getMembership(orgId);
  if (error) return { error };
  if (membership.role === "guide") return { error: "Only admins can refund" };
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({ where: { id: bookingId, trip: { orgId } }, select: { paymentIntent: true, user: { select: { email: true } } } });
  if (!booking?.paymentIntent) return { error: "Nothing to refund" };
  await stripe.refunds.create({ payment_intent: booking.paymentIntent });
  await sendEmail(booking.user.email, "Your refund is on its way", "<p>We've refunded your trip.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function bookingRoster(input: { orgId: string; tripId: string }) {
  const { orgId, tripId } = z.object({ orgId: z.string().cuid(), tripId: z.string().cuid() }).parse(input);
  const { error } = await getMembership(orgId);
  if (error) return { error };
  // why: tripId is never tied to orgId; a member of org A can read org B's roster (medical notes, emergency contacts)
  // ruleid: missing-authorization
  const bookings = await prisma.booking.findMany({ where: { tripId }, select: { id: true, seats: true, emergencyName: true, emergencyPhone: true, medicalNotes: true } });
  // ok: excessive-data-exposure
  return { bookings };
}

// ok: missing-auth, missing-input-validation
export async function updateBookingNotes(input: { orgId: string; bookingId: string; notes: Record<string, string> }) {
  const parsed = z.object({ orgId: z.string().cuid(), bookingId: z.string().cuid(), notes: z.record(z.string()) }).parse(input);
  const { error } = await getMembership(parsed.orgId);
  if (error) return { error };
  // why: z.record admits any key, so the caller can set status / amountCents / userId on the booking
  // ruleid: mass-assignment -- (gap judge W, G; fixed in pass 28) a z.record field of the parse admits any key (userId, status)
  await prisma.booking.updateMany({ where: { id: parsed.bookingId, trip: { orgId: parsed.orgId } }, data: parsed.notes });
  return { ok: true };
}

// why: session read but never checked; with no session userId is undefined and the membership filter matches any member
// ruleid: missing-auth
// ok: missing-input-validation
export async function exportBookingsCsv(orgId: string) {
  const session = await auth();
  if (typeof orgId !== "string") throw new Error("Bad org");
  const userId = session?.user?.id;
  const rows = await prisma.booking.findMany({ where: { trip: { orgId, org: { memberships: { some: { userId } } } } }, select: { id: true, seats: true, status: true } });
  return rows.map((r) => `${r.id},${r.seats},${r.status}`).join("\n");
}
