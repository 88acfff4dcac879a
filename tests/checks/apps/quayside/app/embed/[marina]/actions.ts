"use server";

import { z } from "zod";
import { widgetClient } from "@/lib/actions/widget-client";
import { getEm, Berth, Booking, Marina } from "@/lib/db/orm";
import { sendMail } from "@/lib/mail";
import { PublicBookingSchema, Id } from "@/lib/validation/schemas";

// Public booking widget: guests request a visitor berth on a marina's site.
// ok: missing-input-validation, missing-rate-limit
// ok: missing-auth
export const requestVisitorBerth = widgetClient.inputSchema(PublicBookingSchema).action(async ({ parsedInput }) => {
  const em = await getEm();
  const marina = await em.findOne(Marina, { slug: parsedInput.marinaSlug, publicBooking: true }, { fields: ["id", "org", "name"] });
  if (!marina) throw new Error("This marina does not take online bookings.");
  const berth = await em.findOne(
    Berth,
    { id: parsedInput.berthId, marina: marina.id, status: "available", lengthM: { $gte: parsedInput.boatLengthM } },
    { fields: ["id", "dailyRateCents"] },
  );
  if (!berth) throw new Error("That berth is no longer available.");
  const nights = Math.max(1, Math.round((Date.parse(parsedInput.endsOn) - Date.parse(parsedInput.startsOn)) / 86_400_000));
  const booking = em.create(Booking, {
    org: marina.org,
    berth: berth.id,
    startsOn: parsedInput.startsOn,
    endsOn: parsedInput.endsOn,
    guestName: parsedInput.guestName,
    guestEmail: parsedInput.guestEmail,
    guestPhone: parsedInput.guestPhone,
    // ok: mass-assignment
    status: "pending",
    totalCents: nights * berth.dailyRateCents,
    source: "widget",
  });
  await em.flush();
  await sendMail({
    to: parsedInput.guestEmail,
    subject: `Booking request received – ${marina.name}`,
    html: `<p>We'll confirm your berth shortly. Reference: ${booking.id.slice(0, 8)}</p>`,
  });
  // ok: excessive-data-exposure
  return { reference: booking.id.slice(0, 8), totalCents: booking.totalCents };
});

// ok: missing-input-validation
// ok: missing-auth -- the booking's own id and the guest's e-mail together, as order tracking (fixed in pass 26)
export const checkBookingStatus = widgetClient
  .inputSchema(z.object({ bookingId: Id, email: z.string().email() }))
  .action(async ({ parsedInput }) => {
    const em = await getEm();
    const booking = await em.findOne(Booking, { id: parsedInput.bookingId, guestEmail: parsedInput.email.toLowerCase() });
    if (!booking) return null;
    // ruleid: excessive-data-exposure
    return booking;
  });
