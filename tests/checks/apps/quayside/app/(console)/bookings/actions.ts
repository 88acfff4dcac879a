"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { ActionError } from "@/lib/actions/safe-action";
import { getEm, Berth, Booking, Invoice, Owner } from "@/lib/db/orm";
import { requireStaff, ownsBooking } from "@/lib/auth";
import { sendMail } from "@/lib/mail";
import { BookingCreateSchema, BookingStatusSchema, Id } from "@/lib/validation/schemas";

function nightsBetween(from: string, to: string) {
  return Math.max(1, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const createBooking = createAction({ schema: BookingCreateSchema }, async (input, { session }) => {
  const em = await getEm();
  // ok: missing-authorization
  const berth = await em.findOne(Berth, { id: input.berthId, org: session.orgId }, { fields: ["id", "dailyRateCents"] });
  if (!berth) throw new ActionError("That berth does not exist.");
  if (input.ownerId) {
    // ok: missing-authorization
    const owner = await em.count(Owner, { id: input.ownerId, org: session.orgId });
    if (!owner) throw new ActionError("Unknown owner.");
  }
  const booking = em.create(Booking, {
    // ok: mass-assignment
    ...input,
    berth: berth.id,
    org: session.orgId,
    totalCents: nightsBetween(input.startsOn, input.endsOn) * berth.dailyRateCents,
  });
  await em.flush();
  revalidatePath("/bookings");
  // ok: excessive-data-exposure
  return { id: booking.id, totalCents: booking.totalCents };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateBookingStatus = createAction(
  { schema: BookingStatusSchema, audit: "booking.status_changed" },
  async (input, { session }) => {
    // ruleid: floating-auth-check
    if (!ownsBooking(session, input.bookingId)) throw new ActionError("Booking not found.");
    const em = await getEm();
    // ruleid: missing-authorization
    await em.nativeUpdate(Booking, { id: input.bookingId }, { status: input.status });
    revalidatePath("/bookings");
    return { status: input.status };
  },
);

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const cancelBooking = createAction(
  { schema: z.object({ bookingId: Id, reason: z.string().max(500).optional() }), perMinute: 10 },
  async (input, { session }) => {
    // ok: floating-auth-check
    if (!(await ownsBooking(session, input.bookingId))) throw new ActionError("Booking not found.");
    const em = await getEm();
    // ok: missing-authorization
    const booking = await em.findOneOrFail(Booking, { id: input.bookingId }, { fields: ["id", "guestEmail", "startsOn"] });
    booking.status = "cancelled";
    await em.flush();
    if (booking.guestEmail) {
      await sendMail({
        to: booking.guestEmail,
        subject: "Your berth booking was cancelled",
        html: `<p>Your booking starting ${booking.startsOn} was cancelled.</p>${input.reason ? `<p>${input.reason}</p>` : ""}`,
      });
    }
    revalidatePath("/bookings");
  },
);

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const resendConfirmation = createAction({ schema: z.object({ bookingId: Id }) }, async (input, { session }) => {
  const em = await getEm();
  // ok: missing-authorization
  const booking = await em.findOne(
    Booking,
    { id: input.bookingId, org: session.orgId },
    { fields: ["guestEmail", "guestName", "startsOn", "endsOn", "accessCode"] },
  );
  if (!booking?.guestEmail) throw new ActionError("This booking has no guest email.");
  await sendMail({
    to: booking.guestEmail,
    subject: "Your berth booking",
    html: `<p>Hi ${booking.guestName ?? "there"}, you're booked from ${booking.startsOn} to ${booking.endsOn}. Gate code: ${booking.accessCode}</p>`,
  });
  return { sent: true };
});

// Used by the dock office when an owner pays in cash. Copied from the widget's "pay at arrival" action.
// ok: missing-input-validation
// ruleid: missing-auth
export const markBookingPaidOffline = createAction(
  { schema: z.object({ bookingId: Id, amountCents: z.number().int().positive() }), auth: false },
  async (input) => {
    const em = await getEm();
    await em.nativeUpdate(Invoice, { booking: input.bookingId }, { status: "paid" });
    return { ok: true };
  },
);

// ruleid: missing-input-validation
// ok: missing-auth
export async function getBookingDetails(bookingId: string) {
  // ok: floating-auth-check
  const session = await requireStaff();
  const em = await getEm();
  // ok: missing-authorization
  const booking = await em.findOne(Booking, { id: bookingId, org: session.orgId });
  if (!booking) return null;
  // ruleid: excessive-data-exposure
  return booking;
}

// ok: missing-auth, missing-input-validation
export async function listUpcomingBookings() {
  const session = await requireStaff();
  const em = await getEm();
  const today = new Date().toISOString().slice(0, 10);
  const rows = await em.find(
    Booking,
    { org: session.orgId, endsOn: { $gte: today }, status: { $ne: "cancelled" } },
    { fields: ["id", "berth", "startsOn", "endsOn", "status", "guestName"], orderBy: { startsOn: "asc" }, limit: 200 },
  );
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function bookingCsvRows(from: string, to: string) {
  const session = await requireStaff();
  const range = z.object({ from: z.string().date(), to: z.string().date() }).parse({ from, to });
  const em = await getEm();
  const rows = await em.find(Booking, { org: session.orgId, startsOn: { $gte: range.from, $lte: range.to } });
  // ok: excessive-data-exposure
  return rows.map((b) => ({ id: b.id, berth: b.berth, from: b.startsOn, to: b.endsOn, status: b.status, total: b.totalCents }));
}
