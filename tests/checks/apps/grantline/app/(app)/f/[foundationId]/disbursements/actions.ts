"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { financeProcedure } from "@/lib/zsa";
import { stripe } from "@/lib/stripe";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const scheduleDisbursements = financeProcedure
  .createServerAction()
  .input(z.object({ awardId: z.string().cuid(), installments: z.array(z.object({ amountCents: z.number().int().positive(), dueOn: z.coerce.date() })).max(24) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const award = await prisma.award.findFirst({ where: { id: input.awardId, foundationId: ctx.foundationId }, select: { id: true, amountCents: true } });
    if (!award) throw new Error("Award not found");
    const total = input.installments.reduce((s, i) => s + i.amountCents, 0);
    if (total !== award.amountCents) throw new Error("Installments must add up to the award");
    await prisma.disbursement.createMany({ data: input.installments.map((i) => ({ ...i, awardId: award.id, foundationId: ctx.foundationId })) });
    return { count: input.installments.length };
  });

// ok: missing-auth, missing-input-validation
export const releasePayout = financeProcedure
  .createServerAction()
  .input(z.object({ disbursementId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const d = await prisma.disbursement.findFirst({ where: { id: input.disbursementId, foundationId: ctx.foundationId, status: "scheduled" }, select: { id: true, amountCents: true, bankAccountId: true } });
    if (!d?.bankAccountId) throw new Error("Nothing to pay");
    const foundation = await prisma.foundation.findUnique({ where: { id: ctx.foundationId }, select: { stripeAccountId: true } });
    const transfer = await stripe.transfers.create({ amount: d.amountCents, currency: "usd", destination: foundation!.stripeAccountId!, metadata: { disbursementId: d.id } });
    await prisma.disbursement.update({ where: { id: d.id }, data: { status: "paid" } });
    await auditLog({ foundationId: ctx.foundationId, actorId: ctx.userId, action: "payout.released", target: d.id });
    return { transferId: transfer.id };
  });

const editSchema = z.object({
  id: z.string().cuid(),
  amountCents: z.number().int().positive(),
  dueOn: z.coerce.date(),
  status: z.enum(["scheduled", "paid", "held"]),
});

// ok: missing-auth, missing-input-validation
export const editDisbursement = financeProcedure
  .createServerAction()
  .input(editSchema)
  .handler(async ({ input: { id, ...data }, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.disbursement.updateMany({ where: { id, foundationId: ctx.foundationId }, data });
    // ok: excessive-data-exposure
    return { updated: res.count };
  });

// ok: missing-auth
export const listDisbursements = financeProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await prisma.disbursement.findMany({ where: { foundationId: ctx.foundationId }, orderBy: { dueOn: "asc" } });
  // ruleid: excessive-data-exposure
  return rows;
});
