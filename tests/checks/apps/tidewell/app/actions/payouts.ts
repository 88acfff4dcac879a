"use server";

import { z } from "zod";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { payouts, members } from "@/lib/db/schema";
import { boardClient, memberClient } from "@/lib/safe-action";
import { requireBoard, isBoard, requireMember } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const approvePayouts = boardClient
  .metadata({ name: "payout.approve" })
  .schema(z.object({ payoutIds: z.array(z.string().uuid()).min(1).max(200) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.update(payouts).set({ status: "approved" }).where(and(inArray(payouts.id, parsedInput.payoutIds), eq(payouts.coopId, ctx.coopId)));
    return { count: parsedInput.payoutIds.length };
  });

// ok: missing-auth, missing-input-validation
export const myPayouts = memberClient
  .metadata({ name: "payout.mine" })
  .schema(z.object({ status: z.enum(["pending", "approved", "paid"]).optional() }))
  .action(async ({ ctx }) => {
    const [m] = await db.select({ id: members.id }).from(members).where(and(eq(members.userId, ctx.userId), eq(members.coopId, ctx.coopId)));
    // ok: missing-authorization
    const rows = await db.select().from(payouts).where(eq(payouts.memberId, m.id));
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
// (missing-audit-log unlabelled: a board status stamp on a payout is not settled as an admin action)
export async function markPayoutPaid(payoutId: string) {
  const ctx = await requireBoard();
  z.string().uuid().parse(payoutId);
  // ok: missing-authorization
  await db.update(payouts).set({ status: "paid", paidAt: new Date() }).where(and(eq(payouts.id, payoutId), eq(payouts.coopId, ctx.coopId)));
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function cancelPayout(payoutId: string) {
  // ruleid: floating-auth-check
  if (!isBoard()) throw new Error("Board only");
  z.string().uuid().parse(payoutId);
  await db.update(payouts).set({ status: "cancelled" }).where(eq(payouts.id, payoutId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function sendPayoutToBank(payoutId: string) {
  const ctx = await requireBoard();
  z.string().uuid().parse(payoutId);
  // ok: missing-authorization
  const [p] = await db
    .select({ id: payouts.id, amountCents: payouts.amountCents, bankAccountToken: payouts.bankAccountToken })
    .from(payouts)
    .where(and(eq(payouts.id, payoutId), eq(payouts.coopId, ctx.coopId)));
  if (!p?.bankAccountToken) return { error: "No bank account" };
  await stripe.transfers.create({ amount: p.amountCents, currency: "eur", destination: p.bankAccountToken });
  await auditLog({ actorId: ctx.userId, coopId: ctx.coopId, action: "payout.sent", target: p.id });
  // ok: excessive-data-exposure
  return { id: p.id, sent: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePayoutBank(payoutId: string, bankAccountToken: string) {
  const ctx = await requireMember();
  // ok: missing-authorization
  await db.update(payouts).set({ bankAccountToken }).where(and(eq(payouts.id, payoutId), eq(payouts.memberId, ctx.memberId), eq(payouts.status, "pending")));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function withdrawPayoutRequest(payoutId: string) {
  const ctx = await requireMember();
  z.string().uuid().parse(payoutId);
  // ruleid: missing-authorization
  await db.update(payouts).set({ status: "withdrawn" }).where(and(eq(payouts.id, payoutId), eq(payouts.status, "pending")));
  // ownership checked only after the write
  const [mine] = await db.select({ id: payouts.id }).from(payouts).where(and(eq(payouts.id, payoutId), eq(payouts.memberId, ctx.memberId)));
  if (!mine) throw new Error("Not your payout");
  return { ok: true };
}
