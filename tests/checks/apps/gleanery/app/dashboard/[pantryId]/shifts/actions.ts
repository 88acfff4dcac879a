"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { prisma } from "@/lib/db/prisma";
import { authedProcedure, pantryProcedure } from "@/lib/zsa";
import { shiftSchema } from "@/lib/validation/schemas";
import { shiftSignups } from "@/lib/data/volunteers";

// ok: missing-auth, missing-input-validation
export const createShift = pantryProcedure
  .createServerAction()
  .input(shiftSchema)
  .handler(async ({ input, ctx }) => {
    // ok: mass-assignment, missing-authorization
    const shift = await prisma.shift.create({ data: { startsAt: input.startsAt, endsAt: input.endsAt, capacity: input.capacity, notes: input.notes, pantryId: ctx.pantryId }, select: { id: true } });
    return shift;
  });

// ok: missing-auth, missing-input-validation
export const updateShift = authedProcedure
  .createServerAction()
  .input(shiftSchema.extend({ shiftId: z.string().cuid() }))
  .handler(async ({ input }) => {
    const { shiftId, ...rest } = input;
    // ruleid: missing-authorization
    await prisma.shift.update({ where: { id: shiftId }, data: rest });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const cancelShift = pantryProcedure
  .createServerAction()
  .input(z.object({ shiftId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await prisma.shift.deleteMany({ where: { id: input.shiftId, pantryId: ctx.pantryId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listShiftSignups = pantryProcedure
  .createServerAction()
  .input(z.object({ shiftId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const shift = await prisma.shift.findFirst({ where: { id: input.shiftId, pantryId: ctx.pantryId }, select: { legacyId: true } });
    if (!shift?.legacyId) throw new Error("Not found");
    const rows = await shiftSignups(shift.legacyId);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id, name: r.volunteer_name, status: r.status }));
  });

// Added for the printable roster; forgot to build on a procedure
// ruleid: missing-auth -- (fixed in pass 31) the roster read behind a raw-SQL helper (mysql2 `?`) is the pantry's private rows
// ok: missing-input-validation
export const exportShiftRoster = createServerAction()
  .input(z.object({ legacyShiftId: z.number().int() }))
  .handler(async ({ input }) => {
    const rows = await shiftSignups(input.legacyShiftId);
    // ok: excessive-data-exposure
    return rows.map((r) => `${r.volunteer_name}\t${r.status}`).join("\n");
  });
