"use server";

import * as v from "valibot";
import { eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db, client } from "@/db";
import { bids, lots, catches } from "@/db/schema";
import { requireStaff, verifySession, ownsCatch } from "@/lib/dal";
import { audit } from "@/lib/audit";
import { uuid } from "@/lib/validation";

async function canRunFloor(userId: string): Promise<boolean> {
  const [row] = await client`SELECT role FROM users WHERE id = ${userId}`;
  return row?.role === "staff" || row?.role === "admin";
}

// ok: missing-auth, missing-input-validation
export async function voidBid(bidId: number) {
  // ok: floating-auth-check
  const s = await verifySession();
  const id = v.parse(v.pipe(v.number(), v.integer()), bidId);
  // ruleid: floating-auth-check
  if (!canRunFloor(s.userId)) {
    // ok: information-disclosure
    return { error: "Forbidden" };
  }
  // ruleid: missing-authorization
  await db.delete(bids).where(eq(bids.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function voidBidChecked(bidId: number) {
  // ok: floating-auth-check
  const s = await verifySession();
  const id = v.parse(v.pipe(v.number(), v.integer()), bidId);
  // ok: floating-auth-check
  if (!(await canRunFloor(s.userId))) {
    // ok: information-disclosure
    return { error: "Forbidden" };
  }
  await db.delete(bids).where(eq(bids.id, id));
  await audit.record({ actorId: s.userId, action: "bid.void", target: String(id) });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function relistCatch(catchId: string) {
  // ok: floating-auth-check
  const s = await verifySession();
  const id = v.parse(uuid, catchId);
  // ruleid: floating-auth-check
  ownsCatch(s.userId, id);
  // ruleid: missing-authorization
  await db.update(catches).set({ status: "landed" }).where(eq(catches.id, id));
  revalidatePath("/catches");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function reorderLots(order: string[]) {
  // ok: floating-auth-check
  await requireStaff();
  const ids = v.parse(v.pipe(v.array(uuid), v.maxLength(200)), order);
  for (const [i, id] of ids.entries()) {
    // ok: sql-injection
    await db.execute(sql`UPDATE lots SET starts_at = date_trunc('minute', now()) + (${i} * interval '3 minutes') WHERE id = ${id}`);
  }
  return { ok: true };
}

// ruleid: missing-input-validation
export async function floorSearch(column: string, value: string) {
  // ok: floating-auth-check
  await requireStaff();
  // ruleid: sql-injection
  const rows = await client.unsafe(`SELECT l.id, l.status FROM lots l JOIN catches c ON c.id = l.catch_id WHERE ${column} = $1`, [value]);
  return rows.map((r) => ({ id: r.id, status: r.status }));
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function bulkClose(lotIds: string[]) {
  // ok: floating-auth-check
  await requireStaff();
  const ids = v.parse(v.array(uuid), lotIds);
  const list = ids.map((id) => `'${id}'`).join(",");
  // ruleid: sql-injection
  await db.execute(sql.raw(`UPDATE lots SET status = 'closed' WHERE id IN (${list})`));
  return { closed: ids.length };
}

// ok: missing-auth, missing-input-validation
export async function lotDump(lotId: string) {
  // ok: floating-auth-check
  await requireStaff();
  const id = v.parse(uuid, lotId);
  try {
    const [row] = await db.select().from(lots).where(eq(lots.id, id));
    // ruleid: excessive-data-exposure
    return { lot: row };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err };
  }
}
