"use server";

import { z } from "zod";
import { memberProcedure, throttledMemberProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { isStudioLead } from "@/lib/guards";
import { requireStudioMember } from "@/lib/studio-access";
import { sendMail } from "@/lib/mail";
import { logger } from "@/lib/logger";

const quoteInput = z.object({
  commissionId: z.string().cuid(),
  amountCents: z.number().int().positive(),
  depositCents: z.number().int().min(0),
  internalNote: z.string().max(2000).optional(),
});

// ok: missing-auth, missing-input-validation
export const createQuote = memberProcedure
  .createServerAction()
  .input(quoteInput)
  .handler(async ({ input, ctx }) => {
    const commission = await prisma.commission.findUnique({ where: { id: input.commissionId }, select: { studioId: true, customerId: true } });
    if (!commission) return { error: "Commission not found" };
    // ok: floating-auth-check
    await requireStudioMember(ctx.userId, commission.studioId);
    try {
      // ok: mass-assignment, missing-authorization
      const quote = await prisma.quote.create({ data: { ...input, studioId: commission.studioId, customerId: commission.customerId }, select: { id: true } });
      return { id: quote.id };
    } catch (err) {
      logger.error({ err }, "quote create failed");
      // ok: information-disclosure
      return { error: "Could not create the quote." };
    }
  });

// ok: missing-auth, missing-input-validation
export const reviseQuote = memberProcedure
  .createServerAction()
  .input(z.object({ quoteId: z.string().cuid(), amountCents: z.number().int().positive() }))
  .handler(async ({ input, ctx }) => {
    const quote = await prisma.quote.findUnique({ where: { id: input.quoteId }, select: { studioId: true } });
    if (!quote) return { error: "Quote not found" };
    // ruleid: floating-auth-check
    if (!isStudioLead(ctx.userId, quote.studioId)) return { error: "Leads only" };
    try {
      // ruleid: missing-authorization
      await prisma.quote.update({ where: { id: input.quoteId }, data: { amountCents: input.amountCents }, select: { id: true } });
    } catch (e) {
      // ruleid: information-disclosure
      return { error: (e as Error).message };
    }
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendQuoteToCustomer = throttledMemberProcedure
  .createServerAction()
  .input(z.object({ quoteId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const quote = await prisma.quote.findUnique({ where: { id: input.quoteId }, select: { studioId: true, customerId: true, amountCents: true } });
    if (!quote) return { error: "Quote not found" };
    await requireStudioMember(ctx.userId, quote.studioId);
    const customer = await prisma.user.findUnique({ where: { id: quote.customerId }, select: { email: true } });
    if (customer) await sendMail(customer.email, "Your Loomhall quote", `<p>Total €${(quote.amountCents / 100).toFixed(2)}</p>`);
    // ok: missing-authorization
    await prisma.quote.update({ where: { id: input.quoteId }, data: { status: "sent" }, select: { id: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const quoteInternals = memberProcedure
  .createServerAction()
  .input(z.object({ quoteId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const quote = await prisma.quote.findUnique({ where: { id: input.quoteId } });
    if (!quote) return null;
    await requireStudioMember(ctx.userId, quote.studioId);
    // ruleid: excessive-data-exposure
    return quote;
  });
