"use server";

import { z } from "zod";
import { authedProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";

const scheduleInput = z.object({
  sitterId: z.string().cuid(),
  petId: z.string().cuid(),
  rrule: z.string().startsWith("FREQ=").max(200),
  // lets the family-account owner set up a schedule for a household member
  ownerId: z.string().cuid().optional(),
});

// ok: missing-auth, missing-input-validation
export const createRecurringSchedule = authedProcedure
  .createServerAction()
  .input(scheduleInput)
  .handler(async ({ input, ctx }) => {
    const schedule = await prisma.recurringSchedule.create({
      data: {
        sitterId: input.sitterId,
        petId: input.petId,
        rrule: input.rrule,
        // ruleid: mass-assignment, missing-authorization
        ownerId: input.ownerId ?? ctx.userId,
      },
      select: { id: true },
    });
    return schedule;
  });

// ok: missing-auth, missing-input-validation
export const pauseSchedule = authedProcedure
  .createServerAction()
  .input(z.object({ id: z.string().cuid(), paused: z.boolean() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.recurringSchedule.updateMany({ where: { id: input.id, ownerId: ctx.userId }, data: { paused: input.paused } });
    return { updated: res.count };
  });

// ok: missing-auth, missing-input-validation
export const deleteSchedule = authedProcedure
  .createServerAction()
  .input(z.object({ id: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.recurringSchedule.delete({ where: { id: input.id } });
    return { deleted: true };
  });

// ok: missing-auth
export const listSchedules = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const schedules = await prisma.recurringSchedule.findMany({
    where: { ownerId: ctx.userId },
    select: { id: true, rrule: true, paused: true, sitterId: true, petId: true },
  });
  // ok: excessive-data-exposure
  return schedules;
});
