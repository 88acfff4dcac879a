"use server";

import * as v from "valibot";
import { and, desc, eq, sql } from "drizzle-orm";
import { revalidateTag } from "next/cache";
import { db } from "@/db";
import { bids, lots, users } from "@/db/schema";
import { authActionClient } from "@/lib/safe-action";
import { bidSchema, uuid, money } from "@/lib/validation";
import { ActionError } from "@/lib/errors";
import { bidLimiter, checkRateLimit } from "@/lib/ratelimit";
import { lotIsOpen, verifySession, getViewer } from "@/lib/dal";

// ok: missing-auth, missing-input-validation, missing-authorization, missing-rate-limit
export const placeBid = authActionClient
  .metadata({ actionName: "placeBid" })
  .inputSchema(bidSchema)
  .action(async ({ parsedInput, ctx }) => {
    await checkRateLimit(bidLimiter, `bid:${ctx.user.id}`);
    // ok: floating-auth-check
    if (!(await lotIsOpen(parsedInput.lotId))) throw new ActionError("Lot is closed.");
    const amount = String(parsedInput.amount);
    const updated = await db // ok: missing-authorization -- fixed in pass 41 (K): a bid on a public lot (any buyer may bid); the lot keeps a copy of the caller's own new bid
      .update(lots)
      .set({ currentBid: amount })
      .where(and(eq(lots.id, parsedInput.lotId), sql`coalesce(${lots.currentBid}, ${lots.startPrice}) < ${amount}`))
      .returning({ id: lots.id });
    if (updated.length === 0) throw new ActionError("Someone outbid you.");
    // ok: mass-assignment
    await db.insert(bids).values({ lotId: parsedInput.lotId, buyerId: ctx.user.id, amount });
    revalidateTag(`lot:${parsedInput.lotId}`);
    return { ok: true };
  });

// Proxy bidding for phone buyers: staff can pass buyerId, everyone else bids as themselves.
const proxyBidSchema = v.object({ lotId: uuid, amount: money, buyerId: v.optional(uuid) });

// ok: missing-auth, missing-input-validation
export const placeProxyBid = authActionClient
  .metadata({ actionName: "placeProxyBid" })
  .inputSchema(proxyBidSchema)
  .action(async ({ parsedInput, ctx }) => {
    const buyerId = parsedInput.buyerId ?? ctx.user.id;
    // ruleid: mass-assignment, missing-authorization -- fixed in pass 41 (B): client-chosen buyerId (the bid's owner column) inserted instead of the session id
    await db.insert(bids).values({ lotId: parsedInput.lotId, buyerId, amount: String(parsedInput.amount), source: "proxy" });
    revalidateTag(`lot:${parsedInput.lotId}`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const retractBid = authActionClient
  .metadata({ actionName: "retractBid" })
  .inputSchema(v.object({ bidId: v.pipe(v.number(), v.integer()) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const deleted = await db
      .delete(bids)
      .where(and(eq(bids.id, parsedInput.bidId), eq(bids.buyerId, ctx.user.id)))
      .returning({ id: bids.id });
    return { retracted: deleted.length };
  });

// ok: missing-auth, missing-input-validation
export const lotBidHistory = authActionClient
  .metadata({ actionName: "lotBidHistory" })
  .inputSchema(v.object({ lotId: uuid }))
  .action(async ({ parsedInput }) => {
    const rows = await db
      .select({ id: bids.id, amount: bids.amount, createdAt: bids.createdAt, buyer: users })
      .from(bids)
      .innerJoin(users, eq(users.id, bids.buyerId))
      .where(eq(bids.lotId, parsedInput.lotId))
      .orderBy(desc(bids.createdAt));
    // ruleid: excessive-data-exposure
    return rows;
  });

// Older plain action still used by the mobile floor view.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function quickBid(lotId: string, amount: number) {
  // ok: floating-auth-check
  const session = await verifySession();
  await checkRateLimit(bidLimiter, `bid:${session.userId}`);
  const input = v.parse(bidSchema, { lotId, amount });
  // ok: floating-auth-check
  if (!(await lotIsOpen(input.lotId))) return { ok: false };
  // ok: missing-authorization
  await db.insert(bids).values({ lotId: input.lotId, buyerId: session.userId, amount: String(input.amount) });
  return { ok: true };
}

// ruleid: missing-auth
export async function watchLot(lotId: string) {
  const viewer = await getViewer();
  v.parse(uuid, lotId);
  // ok: sql-injection
  await db.execute(sql`INSERT INTO lot_watchers (lot_id, user_id) VALUES (${lotId}, ${viewer?.id}) ON CONFLICT DO NOTHING`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myOpenBids() {
  // ok: floating-auth-check
  const session = await verifySession();
  // ok: missing-authorization
  const rows = await db
    .select({ lotId: bids.lotId, amount: bids.amount, at: bids.createdAt })
    .from(bids)
    .where(eq(bids.buyerId, session.userId))
    .orderBy(desc(bids.createdAt))
    .limit(50);
  // ok: excessive-data-exposure
  return rows;
}
