"use server";

import { z } from "zod";
import { agencyActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { ratelimit } from "@/lib/ratelimit";
import { assertClientAccess, canAccessClient } from "@/lib/permissions";

const ShiftSchema = z.object({
  clientId: z.string(),
  caregiverId: z.string(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  payRate: z.coerce.number().positive(),
});

// ok: missing-auth, missing-input-validation
export const scheduleShift = agencyActionClient
  .schema(ShiftSchema)
  .metadata({ actionName: "scheduleShift" })
  .action(async ({ parsedInput, ctx }) => {
    await assertClientAccess(ctx.userId, parsedInput.clientId);
    const caregiver = await prisma.caregiver.findFirst({ where: { id: parsedInput.caregiverId, agencyId: ctx.agencyId }, select: { id: true } });
    if (!caregiver) throw new Error("Unknown caregiver");
    // ok: mass-assignment, missing-authorization
    return prisma.shift.create({ data: { ...parsedInput, agencyId: ctx.agencyId }, select: { id: true } });
  });

// ok: missing-auth, missing-input-validation
export const cancelShift = agencyActionClient
  .schema(z.object({ shiftId: z.string(), notify: z.boolean().default(true) }))
  .metadata({ actionName: "cancelShift" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const shift = await prisma.shift.findFirst({ where: { id: parsedInput.shiftId, agencyId: ctx.agencyId }, select: { id: true, caregiverId: true } });
    if (!shift) throw new Error("Not found");
    await prisma.shift.update({ where: { id: shift.id }, data: { status: "cancelled" } });
  });

// Reassigning checks client access... without awaiting it.
// ok: missing-auth, missing-input-validation
export const reassignShift = agencyActionClient
  .schema(z.object({ shiftId: z.string(), clientId: z.string(), caregiverId: z.string() }))
  .metadata({ actionName: "reassignShift" })
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!canAccessClient(ctx.userId, parsedInput.clientId)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.shift.update({ where: { id: parsedInput.shiftId }, data: { caregiverId: parsedInput.caregiverId } });
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const remindCaregiver = agencyActionClient
  .schema(z.object({ shiftId: z.string() }))
  .metadata({ actionName: "remindCaregiver" })
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`remind:${ctx.userId}`);
    if (!success) throw new Error("Too many reminders");
    // ok: missing-authorization
    const shift = await prisma.shift.findFirst({ where: { id: parsedInput.shiftId, agencyId: ctx.agencyId }, select: { caregiverId: true, startsAt: true } });
    if (!shift) return;
    const cg = await prisma.caregiver.findUnique({ where: { id: shift.caregiverId }, select: { phone: true } });
    if (cg) await sendSms(cg.phone, `Reminder: shift at ${shift.startsAt.toISOString()}`);
  });

// ok: missing-auth, missing-input-validation
export const listShiftsForWeek = agencyActionClient
  .schema(z.object({ weekStart: z.coerce.date() }))
  .metadata({ actionName: "listShiftsForWeek" })
  .action(async ({ parsedInput, ctx }) => {
    const end = new Date(parsedInput.weekStart.getTime() + 7 * 86400000);
    const shifts = await prisma.shift.findMany({ where: { agencyId: ctx.agencyId, startsAt: { gte: parsedInput.weekStart, lt: end } } });
    // ruleid: excessive-data-exposure
    return shifts;
  });
