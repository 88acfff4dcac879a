"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { promoterProcedure, publicProcedure } from "@/lib/zsa";

const promoSchema = z.object({
  code: z.string().regex(/^[A-Z0-9]{4,20}$/),
  eventId: z.string().cuid().optional(),
  percentOff: z.number().int().min(1).max(100),
  maxUses: z.number().int().min(1).max(100_000),
});

// ok: missing-auth, missing-input-validation
export const createPromoCode = promoterProcedure
  .createServerAction()
  .input(promoSchema)
  .handler(async ({ input, ctx }) => {
    const { orgId, ...fields } = input as typeof input & { orgId: string };
    const promo = await prisma.promoCode.create({
      // ok: mass-assignment
      data: { ...fields, organizerId: ctx.orgId },
      select: { id: true, code: true },
    });
    void orgId;
    return promo;
  });

// ok: missing-auth, missing-input-validation
export const updatePromoCode = promoterProcedure
  .createServerAction()
  .input(z.object({ promoId: z.string().cuid(), percentOff: z.number().int().min(1).max(100) }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.promoCode.update({ where: { id: input.promoId }, data: { percentOff: input.percentOff } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const deletePromoCode = promoterProcedure
  .createServerAction()
  .input(z.object({ promoId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.promoCode.deleteMany({ where: { id: input.promoId, organizerId: ctx.orgId } });
    return { deleted: count };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const listPromoCodes = publicProcedure
  .createServerAction()
  .input(z.object({ organizerId: z.string().cuid() }))
  .handler(async ({ input }) => {
    const codes = await prisma.promoCode.findMany({ where: { organizerId: input.organizerId } });
    // ruleid: excessive-data-exposure
    return codes;
  });

// Checkout calls this anonymously; only the discount is revealed.
// ok: missing-input-validation
// todook: missing-rate-limit -- ambiguous (judge): a discount-code lookup as code verification
export const previewPromo = publicProcedure
  .createServerAction()
  .input(z.object({ eventId: z.string().cuid(), code: z.string().max(20) }))
  .handler(async ({ input }) => {
    const promo = await prisma.promoCode.findFirst({
      where: { code: input.code.toUpperCase(), OR: [{ eventId: input.eventId }, { eventId: null }] },
      select: { percentOff: true, maxUses: true, uses: true },
    });
    const valid = !!promo && promo.uses < promo.maxUses;
    // ok: excessive-data-exposure, information-disclosure
    return { valid, percentOff: valid ? promo!.percentOff : 0 };
  });
