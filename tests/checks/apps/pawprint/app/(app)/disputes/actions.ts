"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient } from "@/lib/safe-action";
import { stripe } from "@/lib/stripe";
import { parseId } from "@/lib/validation";

const disputeSchema = z.object({ bookingId: z.string().cuid(), reason: z.string().min(20).max(4000) });

// ok: missing-auth, missing-input-validation
export async function openDispute(_prev: unknown, formData: FormData) {
  const { userId } = await auth();
  if (!userId) return { status: "error" as const, error: { "": ["Sign in first."] } };
  const submission = parseWithZod(formData, { schema: disputeSchema });
  if (submission.status !== "success") return submission.reply();
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({ where: { id: submission.value.bookingId, ownerId: userId }, select: { id: true } });
  if (!booking) return submission.reply({ formErrors: ["Booking not found."] });
  await prisma.dispute.create({ data: { bookingId: booking.id, openedById: userId, reason: submission.value.reason } });
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-input-validation
export async function addDisputeEvidence(disputeId: string, formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const id = parseId(disputeId);
  const note = z.string().min(1).max(4000).parse(formData.get("note"));
  const dispute = await prisma.dispute.findUnique({ where: { id }, select: { openedById: true, reason: true } });
  if (!dispute || dispute.openedById !== userId) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.dispute.update({ where: { id }, data: { reason: `${dispute.reason}\n\n---\n${note}` } });
}

// ok: missing-auth, missing-input-validation
export async function getDispute(disputeId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  // ok: missing-authorization
  const dispute = await prisma.dispute.findFirst({ where: { id: parseId(disputeId), openedById: userId } });
  // ruleid: excessive-data-exposure
  return dispute;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const resolveDispute = adminActionClient
  .metadata({ name: "dispute.resolve" })
  .inputSchema(z.object({ disputeId: z.string().cuid(), resolution: z.string().max(2000), refundCents: z.number().int().min(0).max(500_000) }))
  .action(async ({ parsedInput }) => {
    const dispute = await prisma.dispute.findUniqueOrThrow({ where: { id: parsedInput.disputeId }, select: { bookingId: true } });
    if (parsedInput.refundCents > 0) {
      const payment = await prisma.payment.findFirstOrThrow({ where: { bookingId: dispute.bookingId }, select: { stripeIntentId: true } });
      await stripe.refunds.create({ payment_intent: payment.stripeIntentId, amount: parsedInput.refundCents });
    }
    await prisma.dispute.update({ where: { id: parsedInput.disputeId }, data: { status: "resolved", resolution: parsedInput.resolution, refundCents: parsedInput.refundCents } });
    return { resolved: true };
  });
