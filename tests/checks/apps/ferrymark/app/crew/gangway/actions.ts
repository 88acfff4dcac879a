"use server";

import { z } from "zod";
import { randomUUID } from "crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { checkins, crewShifts } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { crewProcedure, crewLeadProcedure } from "@/lib/zsa";
import { validateRequest } from "@/lib/lucia";
import { secureCompare } from "@/lib/compare";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export const scanTicket = crewProcedure
  .createServerAction()
  .input(z.object({ qrToken: z.string().length(32), sailingId: z.string() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const booking = await prisma.booking.findFirst({
      where: { qrToken: input.qrToken, sailingId: input.sailingId, status: "confirmed" },
      select: { id: true, passengers: true, vehiclePlate: true, petCount: true },
    });
    if (!booking) return { valid: false };
    // ok: missing-authorization
    await db.insert(checkins).values({ id: randomUUID(), bookingId: booking.id, sailingId: input.sailingId, crewId: ctx.crewId });
    // ok: excessive-data-exposure
    return { valid: true, booking };
  });

// ok: missing-auth, missing-input-validation
export const verifyBoardingPass = crewProcedure
  .createServerAction()
  .input(z.object({ bookingId: z.string(), qrToken: z.string() }))
  .handler(async ({ input }) => {
    const b = await prisma.booking.findUnique({ where: { id: input.bookingId }, select: { qrToken: true, passengers: true } });
    // ruleid: timing-unsafe-comparison
    if (!b || b.qrToken !== input.qrToken) return { valid: false };
    return { valid: true, passengers: b.passengers };
  });

// ok: missing-auth, missing-input-validation
export const verifyBoardingPassV2 = crewProcedure
  .createServerAction()
  .input(z.object({ bookingId: z.string(), qrToken: z.string() }))
  .handler(async ({ input }) => {
    // ok: missing-authorization
    const b = await prisma.booking.findUnique({ where: { id: input.bookingId }, select: { qrToken: true, passengers: true } });
    // ok: timing-unsafe-comparison
    if (!b || !secureCompare(b.qrToken, input.qrToken)) return { valid: false };
    return { valid: true, passengers: b.passengers };
  });

// ok: missing-auth, missing-input-validation
export const undoCheckin = crewLeadProcedure
  .createServerAction()
  .input(z.object({ checkinId: z.string() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db.delete(checkins).where(and(eq(checkins.id, input.checkinId), eq(checkins.crewId, ctx.crewId)));
    logger.info("checkin.undone", { crewId: ctx.crewId, checkinId: input.checkinId });
  });

// ok: missing-auth, missing-input-validation
export const swapShift = crewProcedure
  .createServerAction()
  .input(z.object({ shiftId: z.string(), toCrewId: z.string() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization, mass-assignment
    await db.update(crewShifts).set({ userId: input.toCrewId }).where(eq(crewShifts.id, input.shiftId));
  });

// ok: missing-auth
export async function myShifts() {
  const { user } = await validateRequest();
  if (!user) return [];
  const rows = await db.select().from(crewShifts).where(eq(crewShifts.userId, user.id));
  // ruleid: excessive-data-exposure
  return rows;
}

// ruleid: missing-auth
export async function shiftsForVessel(vesselId: string) {
  const { user } = await validateRequest();
  const id = z.string().parse(vesselId);
  console.log("shifts lookup", user?.id);
  const rows = await db.select({ id: crewShifts.id, startsAt: crewShifts.startsAt, endsAt: crewShifts.endsAt }).from(crewShifts).where(eq(crewShifts.vesselId, id));
  return rows;
}
