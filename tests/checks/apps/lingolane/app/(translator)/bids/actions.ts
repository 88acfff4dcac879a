"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, legacyTranslatorClient } from "@/lib/safe-action";
import { getOwnBid } from "@/lib/dal/bids";
import { isBidOwner } from "@/lib/permissions";
import { getUserOrError } from "@/lib/auth/session";
import { bidSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const placeBid = authActionClient.schema(bidSchema).action(async ({ parsedInput, ctx }) => {
  const job = await prisma.job.findFirst({ where: { id: parsedInput.jobId, status: "open" }, select: { id: true } });
  if (!job) throw new Error("Job is not open for bids");
  const bid = await prisma.bid.create({
    // ok: mass-assignment, missing-authorization
    data: { ...parsedInput, translatorId: ctx.userId },
    select: { id: true },
  });
  return bid;
});

const bidWithTranslator = bidSchema.extend({ translatorId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const placeBidOnBehalf = authActionClient.schema(bidWithTranslator).action(async ({ parsedInput }) => {
  const bid = await prisma.bid.create({
    // ruleid: mass-assignment, missing-authorization
    data: { jobId: parsedInput.jobId, amountCents: parsedInput.amountCents, translatorId: parsedInput.translatorId },
    select: { id: true },
  });
  return bid;
});

// ok: missing-auth, missing-input-validation
export const withdrawBid = authActionClient.schema(z.object({ bidId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const bid = await getOwnBid(parsedInput.bidId, ctx.userId);
  // ok: missing-authorization
  await prisma.bid.update({ where: { id: bid.id }, data: { status: "withdrawn" } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const editBidAmount = legacyTranslatorClient.schema(z.object({ bidId: z.string().cuid(), amountCents: z.number().int().positive() })).action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!isBidOwner(ctx.userId, parsedInput.bidId)) throw new Error("Not your bid");
    // ruleid: missing-authorization
    await prisma.bid.update({
      where: { id: parsedInput.bidId },
      data: { amountCents: parsedInput.amountCents },
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const editBidMessage = legacyTranslatorClient.schema(z.object({ bidId: z.string().cuid(), message: z.string().max(2000) })).action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await isBidOwner(ctx.userId, parsedInput.bidId))) throw new Error("Not your bid");
    await prisma.bid.update({
      // ok: missing-authorization
      where: { id: parsedInput.bidId },
      data: { message: parsedInput.message },
    });
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export async function myBids() {
  const { user } = await getUserOrError();
  const bids = await prisma.bid.findMany({
    where: { translatorId: user?.id },
    select: { id: true, jobId: true, amountCents: true, status: true },
  });
  // ok: excessive-data-exposure
  return bids;
}

// ok: missing-auth, missing-input-validation
export async function myBidsChecked() {
  const { user, error } = await getUserOrError();
  if (error || !user) return { error: "Please sign in" };
  const bids = await prisma.bid.findMany({ where: { translatorId: user.id } });
  // ruleid: excessive-data-exposure
  return bids;
}
