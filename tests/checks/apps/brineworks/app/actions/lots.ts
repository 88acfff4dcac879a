"use server";

import * as v from "valibot";
import { and, eq, lt } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { catches, lots, settlements, fees } from "@/db/schema";
import { staffActionClient, authActionClient } from "@/lib/safe-action";
import { lotScheduleSchema, uuid } from "@/lib/validation";
import { ActionError } from "@/lib/errors";
import { requireStaff } from "@/lib/dal";
import { audit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
export const scheduleLot = staffActionClient
  .metadata({ actionName: "scheduleLot" })
  .inputSchema(lotScheduleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const startsAt = new Date(parsedInput.startsAt);
    const endsAt = new Date(startsAt.getTime() + parsedInput.minutes * 60_000);
    // ok: mass-assignment
    const [lot] = await db
      .insert(lots)
      .values({ catchId: parsedInput.catchId, startPrice: String(parsedInput.startPrice), startsAt, endsAt, status: "scheduled" })
      .returning({ id: lots.id });
    // ok: mass-assignment
    await db.update(catches).set({ status: "listed" }).where(eq(catches.id, parsedInput.catchId));
    await audit.record({ actorId: ctx.staffId, action: "lot.schedule", target: lot.id });
    revalidatePath("/floor");
    return { id: lot.id };
  });

// ok: missing-auth, missing-input-validation, missing-authorization
export const openLot = staffActionClient
  .metadata({ actionName: "openLot" })
  .inputSchema(v.object({ lotId: uuid }))
  .action(async ({ parsedInput }) => {
    // ok: mass-assignment
    await db.update(lots).set({ status: "open" }).where(and(eq(lots.id, parsedInput.lotId), eq(lots.status, "scheduled")));
    revalidatePath("/floor");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const extendLot = authActionClient
  .metadata({ actionName: "extendLot" })
  .inputSchema(v.object({ lotId: uuid, minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)) }))
  .action(async ({ parsedInput }) => {
    const [lot] = await db.select({ endsAt: lots.endsAt }).from(lots).where(eq(lots.id, parsedInput.lotId));
    if (!lot) throw new ActionError("No such lot.");
    // ruleid: missing-authorization
    await db.update(lots).set({ endsAt: new Date(lot.endsAt.getTime() + parsedInput.minutes * 60_000) }).where(eq(lots.id, parsedInput.lotId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-authorization
export const closeLot = staffActionClient
  .metadata({ actionName: "closeLot" })
  .inputSchema(v.object({ lotId: uuid }))
  .action(async ({ parsedInput, ctx }) => {
    const [lot] = await db
      .select({ id: lots.id, currentBid: lots.currentBid, status: lots.status })
      .from(lots)
      .where(eq(lots.id, parsedInput.lotId));
    if (!lot || lot.status !== "open") throw new ActionError("Lot is not open.");
    // ok: mass-assignment
    await db.update(lots).set({ status: "closed" }).where(eq(lots.id, lot.id));
    await audit.record({ actorId: ctx.staffId, action: "lot.close", target: lot.id, meta: { bid: lot.currentBid } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-authorization
export const withdrawLot = staffActionClient
  .metadata({ actionName: "withdrawLot" })
  .inputSchema(v.object({ lotId: uuid, reason: v.pipe(v.string(), v.maxLength(200)) }))
  .action(async ({ parsedInput }) => {
    // ok: mass-assignment
    await db.update(lots).set({ status: "withdrawn", floorNotes: parsedInput.reason }).where(eq(lots.id, parsedInput.lotId));
    return { ok: true };
  });

// Plain module-level helper, exported so the cron route can reuse it.
// ruleid: missing-auth
export async function expireStaleLots() {
  // ok: mass-assignment
  const stale = await db.update(lots).set({ status: "closed" }).where(and(eq(lots.status, "open"), lt(lots.endsAt, new Date()))).returning({ id: lots.id });
  return { closed: stale.length };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function settleLot(lotId: string) {
  // ok: floating-auth-check
  const staff = await requireStaff();
  const id = v.parse(uuid, lotId);
  const [lot] = await db.select({ id: lots.id, bid: lots.currentBid, winner: lots.winnerId }).from(lots).where(eq(lots.id, id));
  // ok: information-disclosure
  if (!lot?.bid || !lot.winner) return { ok: false };
  const [fee] = await db.select({ percent: fees.percent }).from(fees).where(eq(fees.name, "buyer_commission"));
  const feeAmt = (Number(lot.bid) * Number(fee?.percent ?? 0)) / 100;
  await db.insert(settlements).values({ lotId: lot.id, buyerId: lot.winner, amount: lot.bid, fee: feeAmt.toFixed(2) });
  // ok: mass-assignment
  await db.update(lots).set({ status: "settled" }).where(eq(lots.id, lot.id));
  await audit.record({ actorId: staff.userId, action: "lot.settle", target: lot.id });
  return { ok: true };
}

// ruleid: missing-auth
export async function annotateLot(lotId: string, note: string) {
  // ruleid: floating-auth-check
  requireStaff();
  const input = v.parse(v.object({ lotId: uuid, note: v.pipe(v.string(), v.maxLength(300)) }), { lotId, note });
  // ok: mass-assignment
  await db.update(lots).set({ floorNotes: input.note }).where(eq(lots.id, input.lotId));
  return { ok: true };
}
