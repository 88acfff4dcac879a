"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { guideProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { kdb } from "@/lib/db/kysely";
import { sendSms } from "@/lib/sms";
import { smsLimiter } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const myTrips = guideProcedure
  .createServerAction()
  .handler(async ({ ctx }) => {
    // ok: missing-authorization
    const trips = await prisma.trip.findMany({ where: { guideId: ctx.userId }, select: { id: true, title: true, startsAt: true, capacity: true } });
    // ok: excessive-data-exposure
    return trips;
  });

// ok: missing-auth, missing-input-validation
export const logWeatherHold = guideProcedure
  .createServerAction()
  .input(z.object({ tripId: z.string().cuid(), reason: z.string().min(3).max(500) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const trip = await prisma.trip.findFirst({ where: { id: input.tripId, guideId: ctx.userId }, select: { id: true, orgId: true } });
    if (!trip) throw new Error("Not your trip");
    await kdb.insertInto("weather_holds").values({ id: crypto.randomUUID(), trip_id: trip.id, org_id: trip.orgId, reason: input.reason, created_at: new Date() }).execute();
  });

// ok: missing-auth, missing-input-validation
export const clearWeatherHold = guideProcedure
  .createServerAction()
  .input(z.object({ holdId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // why: any guide can delete any org's weather hold by id
    // ruleid: missing-authorization
    await kdb.deleteFrom("weather_holds").where("id", "=", input.holdId).execute();
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const textParticipants = guideProcedure
  .createServerAction()
  .input(z.object({ tripId: z.string().cuid(), body: z.string().min(1).max(320) }))
  .handler(async ({ input, ctx }) => {
    const { success } = await smsLimiter.limit(`guide-sms:${ctx.userId}`);
    if (!success) throw new Error("SMS quota reached");
    // ok: missing-authorization
    const trip = await prisma.trip.findFirst({ where: { id: input.tripId, guideId: ctx.userId }, select: { bookings: { select: { user: { select: { phone: true } } } } } });
    for (const b of trip?.bookings ?? []) if (b.user.phone) await sendSms(b.user.phone, input.body);
  });

// Plain zsa action (no procedure) left over from the prototype.
// why: createServerAction() with no procedure has no session check, yet it writes trip capacity
// ruleid: missing-auth
// ok: missing-input-validation
export const bumpCapacity = createServerAction()
  .input(z.object({ tripId: z.string().cuid(), capacity: z.number().int().min(1).max(40) }))
  .handler(async ({ input }) => {
    await prisma.trip.update({ where: { id: input.tripId }, data: { capacity: input.capacity } });
  });
