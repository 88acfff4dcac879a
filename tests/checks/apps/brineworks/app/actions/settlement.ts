"use server";

import * as v from "valibot";
import { and, eq, desc } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { boats, payouts, settlements, users } from "@/db/schema";
import { authActionClient, staffActionClient } from "@/lib/safe-action";
import { reportActionClient } from "@/lib/report-action";
import { uuid } from "@/lib/validation";
import { ActionError } from "@/lib/errors";
import { audit } from "@/lib/audit";
import { isSettlementBuyer, verifySession, requireStaff } from "@/lib/dal";
import { buyerLedger } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export const mySettlements = authActionClient
  .metadata({ actionName: "mySettlements" })
  .inputSchema(v.object({ page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rows = await db
      .select()
      .from(settlements)
      .where(eq(settlements.buyerId, ctx.user.id))
      .orderBy(desc(settlements.id))
      .limit(25)
      .offset(parsedInput.page * 25);
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const paySettlement = authActionClient
  .metadata({ actionName: "paySettlement" })
  .inputSchema(v.object({ settlementId: uuid }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await isSettlementBuyer(ctx.user.id, parsedInput.settlementId))) throw new ActionError("Not found.");
    // ok: missing-authorization
    await db.update(settlements).set({ status: "paid", paidAt: new Date() }).where(eq(settlements.id, parsedInput.settlementId));
    revalidatePath("/settlement");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const disputeSettlement = authActionClient
  .metadata({ actionName: "disputeSettlement" })
  .inputSchema(v.object({ settlementId: uuid }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!isSettlementBuyer(ctx.user.id, parsedInput.settlementId) && ctx.user.role !== "staff") {
      throw new ActionError("Not found.");
    }
    // ruleid: missing-authorization
    await db.update(settlements).set({ status: "disputed" }).where(eq(settlements.id, parsedInput.settlementId));
    return { ok: true };
  });

const payoutSchema = v.object({ boatId: uuid, amount: v.pipe(v.number(), v.minValue(1)), bankAccount: v.string() });

// ok: missing-auth, missing-input-validation, missing-authorization
export const queuePayout = staffActionClient
  .metadata({ actionName: "queuePayout" })
  .inputSchema(payoutSchema)
  .action(async ({ parsedInput, ctx }) => {
    const [boat] = await db.select({ id: boats.id, owner: boats.ownerId }).from(boats).where(eq(boats.id, parsedInput.boatId));
    if (!boat) throw new ActionError("Unknown boat.");
    // ok: mass-assignment
    const [p] = await db
      .insert(payouts)
      .values({ boatId: boat.id, amount: parsedInput.amount.toFixed(2), bankAccount: parsedInput.bankAccount })
      .returning({ id: payouts.id });
    await audit.record({ actorId: ctx.staffId, action: "payout.queue", target: p.id });
    return { id: p.id };
  });

// ok: missing-auth, missing-input-validation
export const boatPayouts = authActionClient
  .metadata({ actionName: "boatPayouts" })
  .inputSchema(v.object({ boatId: uuid }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rows = await db
      .select({ id: payouts.id, amount: payouts.amount, status: payouts.status, createdAt: payouts.createdAt })
      .from(payouts)
      .innerJoin(boats, eq(boats.id, payouts.boatId))
      .where(and(eq(payouts.boatId, parsedInput.boatId), eq(boats.ownerId, ctx.user.id)));
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const buyerStatement = reportActionClient
  .inputSchema(v.object({ buyerId: uuid, sort: v.picklist(["amount", "paid", "fee"]) }))
  .action(async ({ parsedInput }) => {
    const [buyer] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, parsedInput.buyerId));
    const ledger = await buyerLedger(parsedInput.buyerId, parsedInput.sort);
    // ok: excessive-data-exposure
    return { buyer, lines: Array.from(ledger).map((r) => ({ id: r.id, amount: r.amount, fee: r.fee, status: r.status })) };
  });

// ok: missing-auth, missing-input-validation
export async function markPayoutSent(payoutId: string, reference: string) {
  // ok: floating-auth-check
  await requireStaff();
  const input = v.safeParse(v.object({ payoutId: uuid, reference: v.pipe(v.string(), v.maxLength(40)) }), { payoutId, reference });
  // ok: information-disclosure
  if (!input.success) return { error: "Invalid input" };
  // ok: missing-authorization
  await db.update(payouts).set({ status: "sent", reference: input.output.reference }).where(eq(payouts.id, input.output.payoutId));
  return { ok: true };
}

// ruleid: missing-input-validation
export async function updatePayoutBank(payoutId: string, bankAccount: string) {
  // ok: floating-auth-check
  const session = await verifySession();
  const [p] = await db
    .select({ id: payouts.id, owner: boats.ownerId })
    .from(payouts)
    .innerJoin(boats, eq(boats.id, payouts.boatId))
    .where(eq(payouts.id, payoutId));
  // ok: information-disclosure
  if (!p || p.owner !== session.userId) return { error: "Not found" };
  // ok: missing-authorization
  await db.update(payouts).set({ bankAccount }).where(eq(payouts.id, payoutId));
  return { ok: true };
}
