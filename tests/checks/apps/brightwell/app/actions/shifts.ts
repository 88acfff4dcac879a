"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { withSchool, withTiming } from "@/lib/with-school";
import { db } from "@/lib/db";
import { shiftSchema, shiftPatchSchema } from "@/lib/validators";
import { assertEventInSchool, canManageEvent, checkCoordinator } from "@/lib/guards";

// ok: missing-auth, missing-input-validation
export const createShift = withSchool(async (ctx, input: unknown) => {
  const data = shiftSchema.parse(input);
  await assertEventInSchool(data.eventId, ctx.schoolId);
  // ok: mass-assignment, missing-authorization
  const shift = await db.shift.create({ data: { ...data, schoolId: ctx.schoolId }, select: { id: true } });
  revalidatePath(`/schools/events/${data.eventId}`);
  return shift;
});

// ok: missing-auth, missing-input-validation
export const updateShift = withSchool(async (ctx, input: { shiftId: string; patch: unknown }) => {
  const shiftId = z.string().cuid().parse(input.shiftId);
  const patch = shiftPatchSchema.parse(input.patch);
  // ok: missing-authorization
  // ruleid: mass-assignment
  await db.shift.updateMany({ where: { id: shiftId, schoolId: ctx.schoolId }, data: patch });
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const renameShift = withSchool(async (ctx, input: { shiftId: string; role: string }) => {
  // ok: missing-authorization // todook: mass-assignment
  await db.shift.updateMany({ where: { id: input.shiftId, schoolId: ctx.schoolId }, data: { role: input.role } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const deleteShift = withSchool(async (ctx, input: { shiftId: string }) => {
  const { shiftId } = z.object({ shiftId: z.string().cuid() }).parse(input);
  const shift = await db.shift.findUnique({ where: { id: shiftId }, select: { schoolId: true } });
  if (!shift || shift.schoolId !== ctx.schoolId) throw new Error("Not found");
  // ok: missing-authorization
  await db.shift.delete({ where: { id: shiftId } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const moveShift = withSchool(async (ctx, input: { shiftId: string; eventId: string }) => {
  const data = z.object({ shiftId: z.string().cuid(), eventId: z.string().cuid() }).parse(input);
  // ruleid: missing-authorization
  await db.shift.update({ where: { id: data.shiftId }, data: { eventId: data.eventId } });
  // Ownership checked only after the write.
  await assertEventInSchool(data.eventId, ctx.schoolId);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const resizeShift = withSchool(async (ctx, input: { shiftId: string; capacity: number }) => {
  const data = z.object({ shiftId: z.string().cuid(), capacity: z.number().int().min(1).max(200) }).parse(input);
  // checkCoordinator returns { error } and the result is dropped.
  await checkCoordinator(ctx.userId, ctx.schoolId);
  // ruleid: missing-authorization
  await db.shift.update({ where: { id: data.shiftId }, data: { capacity: data.capacity } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const lockShiftsForEvent = withSchool(async (ctx, input: { eventId: string }) => {
  const { eventId } = z.object({ eventId: z.string().cuid() }).parse(input);
  // ok: floating-auth-check
  if (!(await canManageEvent(ctx.userId, eventId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.shift.updateMany({ where: { eventId }, data: { capacity: 0 } });
  return { ok: true };
});

// withTiming only measures; nothing authenticates this one.
// ok: missing-input-validation
// ruleid: missing-auth
export const exportShiftRoster = withTiming("exportShiftRoster", async (input: { eventId: string }) => {
  const { eventId } = z.object({ eventId: z.string().cuid() }).parse(input);
  const rows = await db.shiftSignup.findMany({ where: { shift: { eventId } }, select: { parentId: true, hours: true, shift: { select: { role: true } } } });
  // ok: excessive-data-exposure
  return rows;
});
