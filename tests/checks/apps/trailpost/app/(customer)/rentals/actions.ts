"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { gearItems, gearRentals } from "@/lib/db/schema";
import { verifySession } from "@/lib/auth/dal";

const RentSchema = z.object({ itemId: z.string().uuid(), days: z.coerce.number().int().min(1).max(14), bookingId: z.string().cuid().optional() });

// ok: missing-auth, missing-input-validation
export async function rentGear(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const input = RentSchema.parse(Object.fromEntries(formData));
  // todook: missing-authorization -- (gap judge W, B) public catalogue columns of a gear item, not private data
  const [item] = await db.select({ orgId: gearItems.orgId, rate: gearItems.dailyRateCents }).from(gearItems).where(eq(gearItems.id, input.itemId));
  if (!item) return { error: "Unknown item" };
  // ok: mass-assignment
  await db.insert(gearRentals).values({ id: crypto.randomUUID(), orgId: item.orgId, itemId: input.itemId, userId, bookingId: input.bookingId, days: input.days, depositCents: item.rate * 2 });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function rentGearForFriend(_prev: unknown, formData: FormData) {
  await verifySession();
  const input = RentSchema.extend({ userId: z.string() }).parse(Object.fromEntries(formData));
  // why: the renter's userId (a privileged owner field) comes from the form instead of the session
  // ruleid: mass-assignment, missing-authorization
  await db.insert(gearRentals).values({ id: crypto.randomUUID(), orgId: "pending", itemId: input.itemId, userId: input.userId, days: input.days, depositCents: 0 });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function extendRental(rentalId: string, days: number) {
  const { userId } = await verifySession();
  const input = z.object({ rentalId: z.string().uuid(), days: z.number().int().min(1).max(14) }).parse({ rentalId, days });
  // ok: missing-authorization
  await db.update(gearRentals).set({ days: input.days }).where(and(eq(gearRentals.id, input.rentalId), eq(gearRentals.userId, userId)));
}

// why: raw id argument reaches the delete with no schema or typeof check
// ruleid: missing-input-validation
// ok: missing-auth
export async function cancelRental(rentalId: string) {
  await verifySession();
  // why: deletes any rental by id; no userId in the WHERE
  // ruleid: missing-authorization
  await db.delete(gearRentals).where(eq(gearRentals.id, rentalId));
}

// ok: missing-auth
export async function myRentals() {
  const { userId } = await verifySession();
  // ok: missing-authorization
  const rows = await db.select().from(gearRentals).where(eq(gearRentals.userId, userId));
  // why: drizzle select() without columns returns whole rows
  // ruleid: excessive-data-exposure
  return rows;
}
