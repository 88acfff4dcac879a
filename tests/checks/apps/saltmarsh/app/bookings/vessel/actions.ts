"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { bookings, vessels } from "@/lib/db/schema";
import { authedAction, managerAction, publicAction } from "@/lib/safe/procedures";
import { canManageBooking } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

const CreateSchema = z.object({
  tenantId: z.string().uuid(),
  vesselId: z.string().uuid(),
  day: z.string().date(),
  notes: z.string().max(2000).optional(),
});

// ok: missing-auth, missing-input-validation
export const createVesselBooking = authedAction
  .input(CreateSchema)
  .handler(async ({ input, ctx }) => {
    const [row] = await db.insert(bookings).values({ ...input, userId: ctx.user.id }).returning({ id: bookings.id });
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export const cancelVesselBooking = authedAction
  .input(z.object({ id: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db.update(bookings).set({ status: "cancelled" }).where(and(eq(bookings.id, input.id), eq(bookings.userId, ctx.user.id)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const updateBookingNotes = authedAction
  .input(z.object({ id: z.string().uuid(), notes: z.string().max(2000) }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await db.update(bookings).set({ notes: input.notes }).where(eq(bookings.id, input.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const rescheduleBooking = authedAction
  .input(z.object({ id: z.string().uuid(), day: z.string().date() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!canManageBooking(ctx.user.id, input.id)) throw new Error("Not your booking");
    // ruleid: missing-authorization
    await db.update(bookings).set({ day: input.day, status: "pending" }).where(eq(bookings.id, input.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const swapVessel = authedAction
  .input(z.object({ id: z.string().uuid(), vesselId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await canManageBooking(ctx.user.id, input.id))) throw new Error("Not your booking");
    // ok: missing-authorization
    await db.update(bookings).set({ vesselId: input.vesselId }).where(eq(bookings.id, input.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const approveBooking = managerAction
  .input(z.object({ id: z.string().uuid(), approve: z.boolean() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db.update(bookings).set({ status: input.approve ? "approved" : "rejected", approvedBy: ctx.user.id }).where(eq(bookings.id, input.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const forceCancelBooking = managerAction
  .input(z.object({ id: z.string().uuid(), reason: z.string().max(500) }))
  .handler(async ({ input, ctx }) => {
    await auditLog({ actorId: ctx.user.id, action: "booking.force_cancel", target: input.id });
    // ok: missing-authorization
    await db.update(bookings).set({ status: "cancelled", notes: input.reason }).where(eq(bookings.id, input.id));
  });

// ok: missing-auth
export const listMyBookings = authedAction.handler(async ({ ctx }) => {
  const rows = await db.select().from(bookings).where(eq(bookings.userId, ctx.user.id));
  // ruleid: excessive-data-exposure
  return rows;
});

// Public calendar: vessel names + booked days only.
// ok: missing-input-validation, missing-auth -- declared public (a `publicAction` client, no auth middleware) reading vessel names and booked days only (pass 36 ruling; was todook, gap judge pass 32)
export const vesselCalendar = publicAction
  .input(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) }))
  .handler(async () => {
    const rows = await db
      .select({ vessel: vessels.name, day: bookings.day })
      .from(bookings)
      .innerJoin(vessels, eq(vessels.id, bookings.vesselId));
    // ok: excessive-data-exposure
    return rows;
  });

// ruleid: missing-auth
export const publicCancelByLink = publicAction
  .input(z.object({ id: z.string().uuid() }))
  .handler(async ({ input }) => {
    await db.update(bookings).set({ status: "cancelled" }).where(eq(bookings.id, input.id));
    return { ok: true };
  });
