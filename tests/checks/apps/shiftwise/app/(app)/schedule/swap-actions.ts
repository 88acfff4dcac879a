"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { authedProcedure, schedulerProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db";
import { isShiftOwner } from "@/lib/permissions";
import { sendPush } from "@/lib/notify";
import { db, availability } from "@/lib/drizzle";
import { and, eq } from "drizzle-orm";

// ok: missing-auth, missing-input-validation
export const requestSwap = authedProcedure
  .createServerAction()
  .input(z.object({ shiftId: z.string().cuid(), coverId: z.string().cuid().optional() }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await isShiftOwner(ctx.userId, input.shiftId))) throw new Error("Not your shift");
    const swap = await prisma.shiftSwap.create({
      data: { employerId: ctx.employerId, shiftId: input.shiftId, requesterId: ctx.userId, coverId: input.coverId },
      select: { id: true, status: true },
    });
    // ok: excessive-data-exposure
    return swap;
  });

// ok: missing-auth, missing-input-validation
export const cancelSwap = authedProcedure
  .createServerAction()
  .input(z.object({ swapId: z.string().cuid(), shiftId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!isShiftOwner(ctx.userId, input.shiftId)) throw new Error("Not your shift");
    // ruleid: missing-authorization
    await prisma.shiftSwap.delete({ where: { id: input.swapId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const approveSwap = schedulerProcedure
  .createServerAction()
  .input(z.object({ swapId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const swap = await prisma.shiftSwap.findFirst({ where: { id: input.swapId, employerId: ctx.employerId }, select: { id: true, shiftId: true, coverId: true } });
    if (!swap?.coverId) throw new Error("Swap not found");
    // ok: missing-authorization
    await prisma.shift.update({ where: { id: swap.shiftId }, data: { employeeId: swap.coverId } });
    await prisma.shiftSwap.update({ where: { id: swap.id }, data: { status: "approved" } });
    await sendPush(swap.coverId, "Your cover request was approved");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const setAvailability = authedProcedure
  .createServerAction()
  .input(z.object({ employeeId: z.string(), weekday: z.number().int().min(0).max(6), startMinute: z.number().int(), endMinute: z.number().int() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await db.delete(availability).where(and(eq(availability.employeeId, input.employeeId), eq(availability.weekday, input.weekday)));
    await db.insert(availability).values({ id: crypto.randomUUID(), ...input });
    return { ok: true };
  });

// ok: missing-auth
export const myAvailability = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const emp = await prisma.employee.findFirst({ where: { userId: ctx.userId, employerId: ctx.employerId }, select: { id: true } });
  if (!emp) return [];
  const rows = await db.select().from(availability).where(eq(availability.employeeId, emp.id));
  // ruleid: excessive-data-exposure
  return rows;
});

// ruleid: missing-auth
export const previewSwapBoard = createServerAction()
  .input(z.object({ employerId: z.string().cuid() }))
  .handler(async ({ input }) => {
    const swaps = await prisma.shiftSwap.findMany({ where: { employerId: input.employerId, status: "pending" }, select: { id: true, shiftId: true } });
    return swaps;
  });
