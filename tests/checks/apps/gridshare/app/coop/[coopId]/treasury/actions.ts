"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { treasurerActionClient, coopActionClient } from "@/lib/actions/safe-action";
import { verifySession } from "@/lib/dal";
import { isCoopTreasurer, requireCoopRole } from "@/lib/coop/membership";
import { auditLog } from "@/lib/audit";

const payoutSchema = z.object({ coopId: z.string().cuid(), payoutId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const approvePayout = treasurerActionClient.schema(payoutSchema).action(async ({ parsedInput, ctx }) => {
  const res = await prisma.payout.updateMany({
    // ok: missing-authorization
    where: { id: parsedInput.payoutId, coopId: ctx.coopId, status: "pending" },
    data: { status: "approved", approvedById: ctx.userId },
  });
  revalidatePath(`/coop/${ctx.coopId}/treasury`);
  return { approved: res.count };
});

const refundSchema = z.object({ coopId: z.string().cuid(), refundId: z.string().cuid() });

// The treasurer role is checked in the co-op named by the input, not the refund's co-op.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const approveRefund = treasurerActionClient.schema(refundSchema).action(async ({ parsedInput, ctx }) => {
  // ruleid: missing-authorization
  await prisma.refund.update({
    where: { id: parsedInput.refundId },
    data: { status: "approved", approvedById: ctx.userId },
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rejectRefund = treasurerActionClient.schema(refundSchema).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization
  const refund = await prisma.refund.findUnique({ where: { id: parsedInput.refundId }, select: { id: true, coopId: true } });
  if (!refund || refund.coopId !== ctx.coopId) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.refund.update({ where: { id: refund.id }, data: { status: "rejected", approvedById: ctx.userId } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const exportPendingPayouts = treasurerActionClient.schema(z.object({ coopId: z.string().cuid() })).action(async ({ ctx }) => {
  const payouts = await prisma.payout.findMany({ where: { coopId: ctx.coopId, status: "pending" } });
  // ruleid: excessive-data-exposure
  return payouts;
});

// ok: missing-auth, missing-input-validation
export const payoutSummary = coopActionClient.schema(z.object({ coopId: z.string().cuid() })).action(async ({ ctx }) => {
  const rows = await prisma.payout.groupBy({ by: ["status"], where: { coopId: ctx.coopId }, _sum: { amountCents: true } });
  // ok: excessive-data-exposure
  return rows.map((r) => ({ status: r.status, total: r._sum.amountCents ?? 0 }));
});

// Pre-safe-action version still linked from the e-mail digest.
// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function approvePayoutFromDigest(formData: FormData) {
  const user = await verifySession();
  const coopId = String(formData.get("coopId"));
  // ruleid: floating-auth-check
  if (!isCoopTreasurer(user.id, coopId)) {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  await prisma.payout.updateMany({
    where: { id: String(formData.get("payoutId")), coopId },
    data: { status: "approved", approvedById: user.id },
  });
  await auditLog({ actorId: user.id, action: "payout.approved", target: String(formData.get("payoutId")) });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setCoopPayoutAccount(coopId: string, iban: string) {
  const input = z.object({ coopId: z.string().cuid(), iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/) }).parse({ coopId, iban });
  const { user } = await requireCoopRole(input.coopId, ["TREASURER", "BOARD_ADMIN"]);
  // ok: missing-authorization
  await prisma.coop.update({ where: { id: input.coopId }, data: { payoutIban: input.iban } });
  await auditLog({ actorId: user.id, action: "coop.payout_account_changed", target: input.coopId });
}
