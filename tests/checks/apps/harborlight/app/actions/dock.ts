"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { withMarina } from "@/lib/with-marina";
import { db, bookings, fuelSales } from "@/lib/db";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export const checkInBoat = withMarina(async (ctx, input: { bookingId: string }) => {
  const { bookingId } = z.object({ bookingId: z.string().uuid() }).parse(input);
  // ok: missing-authorization
  await db.update(bookings).set({ status: "checked_in" }).where(and(eq(bookings.id, bookingId), eq(bookings.organizationId, ctx.orgId)));
  logger.info({ event: "dock.check_in", bookingId, by: ctx.userId });
});

// Dock hands log fuel taken at the berth hose.
// ok: missing-auth
// ruleid: missing-input-validation
export const logHoseFuel = withMarina(async (ctx, input: { litres: number; amountCents: number; boatId?: string; deviceId: string }) => {
  // ruleid: mass-assignment
  await db.insert(fuelSales).values({ id: randomUUID(), createdAt: new Date(), organizationId: ctx.orgId, ...input });
});

// ok: missing-auth, missing-input-validation
export const checkOutBoat = withMarina(async (ctx, input: { bookingId: string }) => {
  const { bookingId } = z.object({ bookingId: z.string().uuid() }).parse(input);
  try {
    // ok: missing-authorization
    await db.update(bookings).set({ status: "checked_out" }).where(and(eq(bookings.id, bookingId), eq(bookings.organizationId, ctx.orgId)));
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: err };
  }
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const flagOverstay = withMarina(async (ctx, input: { bookingId: string }) => {
  const { bookingId } = z.object({ bookingId: z.string().uuid() }).parse(input);
  try {
    // ok: missing-authorization
    await db.update(bookings).set({ status: "overstay" }).where(and(eq(bookings.id, bookingId), eq(bookings.organizationId, ctx.orgId)));
  } catch (err) {
    logger.error({ event: "dock.flag_failed", err });
    // ok: information-disclosure
    return { ok: false, error: "Could not flag the booking" };
  }
  return { ok: true };
});
