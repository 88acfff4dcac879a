"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { orgActionClient } from "@/lib/safe-action";
import { bookingSchema, cuid } from "@/lib/validators/booking";
import { notifyOwner } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/rate-limit";
import { hasRole } from "@/lib/auth/roles";

export const createBooking = orgActionClient
  .metadata({ actionName: "createBooking" })
  .inputSchema(bookingSchema)
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByKey(`booking:${ctx.userId}`);
    const berth = await prisma.berth.findFirst({
      // ok: missing-authorization
      where: { id: parsedInput.berthId, marinaId: parsedInput.marinaId, marina: { orgId: ctx.orgId } },
      select: { id: true, dailyRateCents: true },
    });
    if (!berth) throw new Error("Berth not found");
    const nights = Math.max(1, Math.ceil((+parsedInput.endsAt - +parsedInput.startsAt) / 86_400_000));
    const vessel = parsedInput.vesselId
      ? await prisma.vessel.findFirst({ where: { id: parsedInput.vesselId, orgId: ctx.orgId }, select: { customerId: true } })
      : null;
    if (parsedInput.vesselId && !vessel) throw new Error("Vessel not found");
    const booking = await prisma.booking.create({
      // ok: mass-assignment
      data: { ...parsedInput, orgId: ctx.orgId, customerId: vessel?.customerId, totalCents: nights * berth.dailyRateCents, createdById: ctx.userId },
      select: { id: true },
    });
    if (vessel) await notifyOwner(vessel.customerId, "Berth booked", `Your berth is confirmed for ${nights} night(s).`);
    // ok: excessive-data-exposure
    return { bookingId: booking.id };
  });

export const cancelBooking = orgActionClient
  .metadata({ actionName: "cancelBooking" })
  .inputSchema(z.object({ bookingId: cuid, reason: z.string().max(500).optional() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.booking.update({
      where: { id: parsedInput.bookingId },
      data: { status: "cancelled" },
    });
    return { ok: true };
  });

export const applyDiscount = orgActionClient
  .metadata({ actionName: "applyDiscount" })
  .inputSchema(z.object({ bookingId: cuid, discountCents: z.number().int().min(0).max(500_00) }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    if (!hasRole(ctx.role, "HARBOUR_MASTER")) throw new Error("Only the harbour master can discount");
    await prisma.booking.updateMany({
      // ok: missing-authorization
      where: { id: parsedInput.bookingId, orgId: ctx.orgId },
      // ok: mass-assignment
      data: { discountCents: parsedInput.discountCents },
    });
    return { ok: true };
  });

export const getBookingDetails = orgActionClient
  .metadata({ actionName: "getBookingDetails" })
  .inputSchema(z.object({ bookingId: cuid }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const booking = await prisma.booking.findFirst({ where: { id: parsedInput.bookingId, orgId: ctx.orgId } });
    // ruleid: excessive-data-exposure
    return booking;
  });

export const getBookingSummary = orgActionClient
  .metadata({ actionName: "getBookingSummary" })
  .inputSchema(z.object({ bookingId: cuid }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    const booking = await prisma.booking.findFirst({
      // ok: missing-authorization
      where: { id: parsedInput.bookingId, orgId: ctx.orgId },
      select: { id: true, berthId: true, startsAt: true, endsAt: true, status: true, totalCents: true },
    });
    // ok: excessive-data-exposure
    return booking;
  });

// ruleid: missing-rate-limit
export const sendBookingReminder = orgActionClient
  .metadata({ actionName: "sendBookingReminder" })
  .inputSchema(z.object({ bookingId: cuid }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    const booking = await prisma.booking.findFirst({
      // ok: missing-authorization
      where: { id: parsedInput.bookingId, orgId: ctx.orgId },
      select: { customerId: true, startsAt: true },
    });
    if (!booking?.customerId) return { sent: false };
    await notifyOwner(booking.customerId, "Arrival reminder", `We expect you on ${booking.startsAt.toDateString()}.`);
    return { sent: true };
  });

/** Used by the partner webhook worker to mirror status changes (exported so the worker can import it). */
// ruleid: missing-auth
// ok: missing-input-validation
export async function syncPartnerBookingStatus(bookingId: string, status: string) {
  const input = z.object({ bookingId: cuid, status: z.enum(["confirmed", "cancelled", "no_show"]) }).parse({ bookingId, status });
  await prisma.booking.update({ where: { id: input.bookingId }, data: { status: input.status } });
  return { ok: true };
}
