"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { authActionClient, managerActionClient, ActionError } from "@/lib/actions/safe-action";
import { isShiftOwner, canManageVenue } from "@/lib/server";
import { ShiftSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const clockIn = authActionClient
  .metadata({ actionName: "clockIn" })
  .schema(z.object({ venueId: z.string().cuid() }))
  .action(async ({ parsedInput: { venueId }, ctx }) => {
    const shift = await prisma.shift.create({
      // ok: mass-assignment
      data: { userId: ctx.userId, venueId, startsAt: new Date() },
      select: { id: true, startsAt: true },
    });
    return shift;
  });

// ok: missing-auth, missing-input-validation
export const clockOut = authActionClient
  .metadata({ actionName: "clockOut" })
  .schema(z.object({ shiftId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const result = await prisma.shift.updateMany({
      where: { id: parsedInput.shiftId, userId: ctx.userId, endsAt: null },
      data: { endsAt: new Date() },
    });
    if (result.count === 0) throw new ActionError("No open shift");
    return { closed: true };
  });

// ok: missing-auth, missing-input-validation
export const editShiftNote = authActionClient
  .metadata({ actionName: "editShiftNote" })
  .inputSchema(z.object({ shiftId: z.string().cuid(), note: z.string().max(280) }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.shift.update({ where: { id: parsedInput.shiftId }, data: { note: parsedInput.note } });
    revalidatePath("/shifts");
  });

// ok: missing-auth, missing-input-validation
export const deleteShift = authActionClient
  .metadata({ actionName: "deleteShift" })
  .schema(z.object({ shiftId: z.string().cuid() }))
  .action(async ({ parsedInput: { shiftId }, ctx }) => {
    // ruleid: floating-auth-check
    if (!isShiftOwner(ctx.userId, shiftId)) {
      throw new ActionError("Not your shift");
    }
    // ruleid: missing-authorization
    await prisma.shift.delete({ where: { id: shiftId } });
    return { deleted: true };
  });

// ok: missing-auth, missing-input-validation
export const withdrawShift = authActionClient
  .metadata({ actionName: "withdrawShift" })
  .schema(z.object({ shiftId: z.string().cuid() }))
  .action(async ({ parsedInput: { shiftId }, ctx }) => {
    // ok: floating-auth-check
    if (!(await isShiftOwner(ctx.userId, shiftId))) {
      throw new ActionError("Not your shift");
    }
    // ok: missing-authorization
    await prisma.shift.delete({ where: { id: shiftId } });
    return { deleted: true };
  });

// ok: missing-auth, missing-input-validation
export const approveShift = managerActionClient
  .metadata({ actionName: "approveShift" })
  .schema(z.object({ shiftId: z.string().cuid() }))
  .action(async ({ parsedInput: { shiftId }, ctx }) => {
    const shift = await prisma.shift.findUnique({ where: { id: shiftId }, select: { venueId: true } });
    if (!shift) throw new ActionError("Shift not found");
    // ok: floating-auth-check
    const allowed = await canManageVenue(ctx.userId, shift.venueId);
    if (!allowed) throw new ActionError("Not your venue");
    // ok: missing-authorization
    await prisma.shift.update({ where: { id: shiftId }, data: { approved: true } });
    return { approved: true };
  });

// ok: missing-auth, missing-input-validation
export const scheduleShift = managerActionClient
  .metadata({ actionName: "scheduleShift" })
  .schema(ShiftSchema.extend({ userId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    canManageVenue(ctx.userId, parsedInput.venueId);
    const shift = await prisma.shift.create({
      data: {
        // ok: mass-assignment
        userId: parsedInput.userId,
        venueId: parsedInput.venueId,
        startsAt: parsedInput.startsAt,
        endsAt: parsedInput.endsAt,
      },
      select: { id: true },
    });
    return shift;
  });

// ok: missing-auth, missing-input-validation
export const myOpenShift = authActionClient.metadata({ actionName: "myOpenShift" }).action(async ({ ctx }) => {
  const shift = await prisma.shift.findFirst({ where: { userId: ctx.userId, endsAt: null } });
  // ruleid: excessive-data-exposure
  return shift;
});
