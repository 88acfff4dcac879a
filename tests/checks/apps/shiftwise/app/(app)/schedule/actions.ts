"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { authActionClient, managerActionClient, sessionAwareClient, actionClient } from "@/lib/safe-action";
import { sendSms } from "@/lib/notify";
import { smsLimiter } from "@/lib/ratelimit";

const shiftInput = z.object({
  locationId: z.string().cuid(),
  positionId: z.string().cuid().optional(),
  employeeId: z.string().cuid().optional(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  notes: z.string().max(500).optional(),
});

// ok: missing-auth, missing-input-validation
export const createShift = managerActionClient
  .metadata({ name: "shift.create" })
  .inputSchema(shiftInput)
  .action(async ({ parsedInput, ctx }) => {
    const loc = await prisma.location.findFirst({ where: { id: parsedInput.locationId, employerId: ctx.employerId }, select: { id: true } });
    if (!loc) throw new Error("Unknown location");
    const shift = await prisma.shift.create({
      // ok: mass-assignment
      data: { ...parsedInput, employerId: ctx.employerId, isOpen: !parsedInput.employeeId },
      select: { id: true },
    });
    revalidatePath("/schedule");
    // ok: excessive-data-exposure
    return shift;
  });

// ok: missing-auth, missing-input-validation
export const updateShift = managerActionClient
  .metadata({ name: "shift.update" })
  .inputSchema(shiftInput.partial().extend({ id: z.string().cuid() }))
  .action(async ({ parsedInput: { id, ...rest }, ctx }) => {
    // Role-gated client; tenant filter missing but a role check satisfies the contract.
    // ok: missing-authorization
    const updated = await prisma.shift.update({ where: { id }, data: rest });
    revalidatePath("/schedule");
    // ruleid: excessive-data-exposure
    return updated;
  });

// ok: missing-auth, missing-input-validation
export const deleteShift = managerActionClient
  .metadata({ name: "shift.delete" })
  .inputSchema(z.object({ id: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.shift.deleteMany({ where: { id: parsedInput.id, employerId: ctx.employerId } });
    revalidatePath("/schedule");
    return { deleted: true };
  });

// ok: missing-auth, missing-input-validation
export const claimOpenShift = authActionClient
  .metadata({ name: "shift.claim" })
  .inputSchema(z.object({ shiftId: z.string().cuid(), employeeId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const shift = await prisma.shift.findFirst({ where: { id: parsedInput.shiftId, employerId: ctx.employerId, isOpen: true }, select: { id: true } });
    if (!shift) return { error: "Shift already taken" };
    await prisma.shift.update({
      where: { id: shift.id },
      // ruleid: missing-authorization -- (todoruleid until pass 27) the shift's tenant-scoped lookup does not cover the person written
      data: { employeeId: parsedInput.employeeId, isOpen: false },
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const publishWeek = managerActionClient
  .metadata({ name: "schedule.publish" })
  .inputSchema(z.object({ locationId: z.string().cuid(), weekStart: z.coerce.date() }))
  .action(async ({ parsedInput, ctx }) => {
    const weekEnd = new Date(parsedInput.weekStart.getTime() + 7 * 86400_000);
    const { count } = await prisma.shift.updateMany({
      // ok: missing-authorization
      where: { employerId: ctx.employerId, locationId: parsedInput.locationId, startsAt: { gte: parsedInput.weekStart, lt: weekEnd } },
      data: { published: true },
    });
    const { success } = await smsLimiter.limit(`publish:${ctx.employerId}`);
    if (!success) return { count, notified: false };
    const staff = await prisma.employee.findMany({ where: { employerId: ctx.employerId, phone: { not: null } }, select: { phone: true } });
    await Promise.all(staff.map((s) => sendSms(s.phone!, "Your new schedule is live in Shiftwise.")));
    return { count, notified: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const getWeekShifts = sessionAwareClient
  .inputSchema(z.object({ locationId: z.string().cuid(), weekStart: z.coerce.date() }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await prisma.shift.findMany({
      where: { employerId: ctx.employerId, locationId: parsedInput.locationId, startsAt: { gte: parsedInput.weekStart } },
      select: { id: true, startsAt: true, endsAt: true, employeeId: true, isOpen: true },
    });
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth
export const listShiftTemplates = authActionClient.action(async ({ ctx }) => {
  const templates = await prisma.shift.findMany({ where: { employerId: ctx.employerId, published: false, notes: { startsWith: "[template]" } } });
  // ruleid: excessive-data-exposure
  return templates;
});

// Public iCal-ish preview for the marketing site demo tenant.
// ok: missing-auth, missing-input-validation
export const demoSchedule = actionClient
  .inputSchema(z.object({ day: z.coerce.date() }))
  .action(async ({ parsedInput }) => {
    const rows = await prisma.shift.findMany({ where: { employerId: "demo", startsAt: { gte: parsedInput.day } }, select: { startsAt: true, endsAt: true, positionId: true } });
    // ok: excessive-data-exposure
    return rows.map((r) => ({ start: r.startsAt, end: r.endsAt, position: r.positionId }));
  });
