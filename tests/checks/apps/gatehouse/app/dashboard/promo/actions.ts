"use server";

import { z } from "zod";
import { orgAdminProcedure, staffProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { PromoSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const createPromoCode = orgAdminProcedure
  .createServerAction()
  .input(PromoSchema)
  .handler(async ({ input, ctx }) => {
    const event = await prisma.event.findFirst({
      where: { id: input.eventId, organiser: { clerkOrgId: ctx.orgId } },
      select: { id: true },
    });
    if (!event) throw new Error("Event not found");
    // ok: excessive-data-exposure
    return prisma.promoCode.create({
      // ok: mass-assignment
      data: { ...input, uses: 0 },
      select: { id: true, code: true },
    });
  });

// ok: missing-auth, missing-input-validation
export const listPromoCodes = staffProcedure
  .createServerAction()
  .input(z.object({ eventId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const codes = await prisma.promoCode.findMany({
      where: { eventId: input.eventId, event: { organiser: { clerkOrgId: ctx.orgId } } },
      orderBy: { code: "asc" },
    });
    // ruleid: excessive-data-exposure
    return codes;
  });

// ok: missing-auth, missing-input-validation
export const deletePromoCode = staffProcedure
  .createServerAction()
  .input(z.object({ promoId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.promoCode.delete({ where: { id: input.promoId } });
    return { deleted: true };
  });

// ok: missing-auth, missing-input-validation
export const updatePromoCode = orgAdminProcedure
  .createServerAction()
  .input(z.object({ promoId: z.string().cuid(), changes: z.record(z.string(), z.unknown()) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.promoCode.updateMany({
      where: { id: input.promoId, event: { organiser: { clerkOrgId: ctx.orgId } } },
      // ruleid: mass-assignment
      data: input.changes,
    });
    return { updated: count };
  });
