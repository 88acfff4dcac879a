"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { prisma } from "@/lib/db/prisma";
import { cellarProcedure, winemakerProcedure } from "@/lib/zsa";
import { canEditLot } from "@/lib/auth/guards";
import { validateRequest } from "@/lib/auth/lucia";

const LotSchema = z.object({ code: z.string().regex(/^[A-Z0-9-]{3,20}$/), varietal: z.string().min(2), volumeL: z.number().positive().max(2000) });

// ok: missing-auth, missing-input-validation
export const createLot = winemakerProcedure.createServerAction().input(LotSchema).handler(async ({ input, ctx }) => {
  // ok: mass-assignment
  const lot = await prisma.barrelLot.create({ data: { ...input, wineryId: ctx.wineryId }, select: { id: true } });
  // ok: excessive-data-exposure
  return lot;
});

// ok: missing-auth, missing-input-validation
export const topUpLot = cellarProcedure.createServerAction().input(z.object({ lotId: z.string().cuid(), liters: z.number().positive() })).handler(async ({ input, ctx }) => {
  // ok: floating-auth-check
  if (!(await canEditLot(ctx.userId, input.lotId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.barrelLot.update({ where: { id: input.lotId }, data: { volumeL: { increment: input.liters } } });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const rackLot = cellarProcedure.createServerAction().input(z.object({ lotId: z.string().cuid(), lossL: z.number().nonnegative() })).handler(async ({ input, ctx }) => {
  // ruleid: floating-auth-check
  if (!canEditLot(ctx.userId, input.lotId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.barrelLot.update({ where: { id: input.lotId }, data: { volumeL: { decrement: input.lossL } } });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const lotDetails = cellarProcedure.createServerAction().input(z.object({ lotId: z.string().cuid() })).handler(async ({ input }) => {
  // ruleid: missing-authorization
  const lot = await prisma.barrelLot.findUnique({ where: { id: input.lotId }, select: { id: true, code: true, varietal: true, volumeL: true, notes: true } });
  // ok: excessive-data-exposure
  return lot;
});

// ok: missing-auth, missing-input-validation
export const listLots = winemakerProcedure.createServerAction().input(z.object({ varietal: z.string().optional() })).handler(async ({ input, ctx }) => {
  // ok: missing-authorization
  const lots = await prisma.barrelLot.findMany({ where: { wineryId: ctx.wineryId, varietal: input.varietal } });
  // ruleid: excessive-data-exposure
  return lots;
});

// Blend two lots. Public zsa action without a procedure (added during the harvest rush).
// ruleid: missing-auth
// ok: missing-input-validation
export const blendLots = createServerAction().input(z.object({ fromId: z.string().cuid(), intoId: z.string().cuid(), liters: z.number().positive() })).handler(async ({ input }) => {
  await prisma.barrelLot.update({ where: { id: input.fromId }, data: { volumeL: { decrement: input.liters } } });
  await prisma.barrelLot.update({ where: { id: input.intoId }, data: { volumeL: { increment: input.liters } } });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export async function annotateLot(lotId: string, notes: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const input = z.object({ lotId: z.string().cuid(), notes: z.string().max(4000) }).parse({ lotId, notes });
  // ruleid: floating-auth-check
  canEditLot(user.id, input.lotId);
  // ruleid: missing-authorization
  await prisma.barrelLot.update({ where: { id: input.lotId }, data: { notes: input.notes } });
  return { success: true };
}
