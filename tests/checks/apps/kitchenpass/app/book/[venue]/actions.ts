"use server";

import { prisma } from "@/lib/db";
import { publicActionClient, actionClient } from "@/lib/actions/safe-action";
import { ReservationSchema } from "@/lib/validation/schemas";
import { sendEmail, sendSms } from "@/lib/messaging";
import { newToken } from "@/lib/crypto";
import { z } from "zod";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const createBooking = publicActionClient
  .metadata({ actionName: "createBooking" })
  .schema(ReservationSchema)
  .action(async ({ parsedInput }) => {
    const { venueSlug, ...guest } = parsedInput;
    const venue = await prisma.venue.findUnique({ where: { slug: venueSlug }, select: { id: true, name: true } });
    if (!venue) throw new Error("Unknown venue");
    const manageToken = newToken();
    const booking = await prisma.reservation.create({
      // ok: mass-assignment
      data: { ...guest, venueId: venue.id, manageToken },
      select: { id: true, startsAt: true },
    });
    await sendEmail(guest.guestEmail, `Your table at ${venue.name}`, `Manage: https://kitchenpass.app/b/${manageToken}`);
    // ok: excessive-data-exposure
    return booking;
  });

// Waitlist SMS: widget v2 forgot to switch to the limited client
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const joinWaitlist = actionClient
  .metadata({ actionName: "joinWaitlist" })
  .schema(z.object({ venueSlug: z.string(), phone: z.string().regex(/^\+[1-9]\d{7,14}$/), partySize: z.number().int().min(1).max(12) }))
  .action(async ({ parsedInput }) => {
    const venue = await prisma.venue.findUnique({ where: { slug: parsedInput.venueSlug }, select: { name: true } });
    if (!venue) return { queued: false };
    await sendSms(parsedInput.phone, `You're on the waitlist at ${venue.name}. We'll text you when your table is ready.`);
    return { queued: true };
  });

// ok: missing-auth, missing-input-validation
export const lookupBooking = publicActionClient
  .metadata({ actionName: "lookupBooking" })
  .schema(z.object({ reservationId: z.string().cuid(), token: z.string().min(20) }))
  .action(async ({ parsedInput }) => {
    const r = await prisma.reservation.findUnique({
      where: { id: parsedInput.reservationId },
      select: { manageToken: true, guestName: true, partySize: true, startsAt: true, status: true },
    });
    // ruleid: timing-unsafe-comparison
    if (!r || r.manageToken !== parsedInput.token) return { found: false };
    // ok: excessive-data-exposure
    return { found: true, guestName: r.guestName, partySize: r.partySize, startsAt: r.startsAt, status: r.status };
  });

// ok: missing-auth, missing-input-validation
export const cancelBookingByToken = publicActionClient
  .metadata({ actionName: "cancelBookingByToken" })
  .schema(z.object({ token: z.string().min(20) }))
  .action(async ({ parsedInput: { token } }) => {
    // ok: timing-unsafe-comparison, missing-authorization
    const updated = await prisma.reservation.updateMany({ where: { manageToken: token }, data: { status: "cancelled" } });
    return { cancelled: updated.count > 0 };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const publicVenueInfo = publicActionClient
  .metadata({ actionName: "publicVenueInfo" })
  .schema(z.object({ slug: z.string().regex(/^[a-z0-9-]+$/) }))
  .action(async ({ parsedInput }) => {
    const venue = await prisma.venue.findUnique({
      where: { slug: parsedInput.slug },
      select: { name: true, slug: true, menuItems: { where: { published: true }, select: { name: true, description: true, priceCents: true } } },
    });
    // ok: excessive-data-exposure
    return venue;
  });
