"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, adminActionClient } from "@/lib/safe-action";
import { stripe, plaid } from "@/lib/payments";
import { ownsSubcontractor } from "@/lib/guards";
import { logger } from "@/lib/logger";

// ACH payout to a subcontractor's connected account.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const paySubcontractor = adminActionClient
  .metadata({ name: "payment.sent" })
  .inputSchema(z.object({ subcontractorId: z.string().cuid(), amount: z.number().positive().max(5_000_000), payAppId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const sub = await prisma.subcontractor.findUnique({ where: { id: parsedInput.subcontractorId }, select: { stripeAccountId: true } });
    const contract = await prisma.contract.findFirst({
      where: { tenantId: ctx.tenantId, subcontractorId: parsedInput.subcontractorId },
      select: { id: true },
    });
    if (!sub?.stripeAccountId || !contract) return { error: "Subcontractor is not set up for ACH" };
    try {
      const transfer = await stripe.transfers.create({
        amount: Math.round(parsedInput.amount * 100),
        currency: "usd",
        destination: sub.stripeAccountId,
        metadata: { tenantId: ctx.tenantId, payAppId: parsedInput.payAppId },
      });
      // ok: mass-assignment
      await prisma.payment.create({
        data: { tenantId: ctx.tenantId, subcontractorId: parsedInput.subcontractorId, amount: parsedInput.amount, stripeTransferId: transfer.id },
      });
      return { ok: true };
    } catch (err) {
      logger.error({ err: String(err) }, "transfer_failed");
      // ruleid: information-disclosure
      return { error: `Stripe rejected the transfer: ${(err as Error).message}` };
    }
  });

// Plaid Link completion for a sub's bank account (GC staff do this on the sub's behalf).
// ok: missing-auth, missing-input-validation
export const linkBankAccount = authActionClient
  .inputSchema(z.object({ publicToken: z.string().startsWith("public-"), subcontractorId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!ownsSubcontractor(ctx.userId, parsedInput.subcontractorId) && ctx.role !== "ACCOUNTANT") {
      throw new Error("Forbidden");
    }
    const { data } = await plaid.itemPublicTokenExchange({ public_token: parsedInput.publicToken });
    // ruleid: missing-authorization
    await prisma.subcontractor.update({
      where: { id: parsedInput.subcontractorId },
      data: { plaidAccessToken: data.access_token },
    });
    return { linked: true };
  });

// ok: missing-auth, missing-input-validation
export const getPaymentDetails = authActionClient
  .inputSchema(z.object({ paymentId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const payment = await prisma.payment.findFirst({ where: { id: parsedInput.paymentId, tenantId: ctx.tenantId } });
    // ruleid: excessive-data-exposure
    return payment;
  });

// ok: missing-auth, missing-input-validation
export const listPayments = authActionClient
  .inputSchema(z.object({ subcontractorId: z.string().cuid().optional() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rows = await prisma.payment.findMany({
      where: { tenantId: ctx.tenantId, ...(parsedInput.subcontractorId ? { subcontractorId: parsedInput.subcontractorId } : {}) },
      select: { id: true, amount: true, status: true, subcontractorId: true },
    });
    // ok: excessive-data-exposure
    return rows.map((r) => ({ ...r, amount: r.amount.toString() }));
  });
