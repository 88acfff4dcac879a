"use server";

import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { bookings, equipment, inductions } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { bookingSchema } from "@/lib/validation";
import { overlaps } from "@/lib/data/bookings";
import { canManageBooking, assertBookingOwner } from "@/lib/guards";

// ok: missing-auth, missing-input-validation
export async function bookSlot(input: unknown) {
  const { userId } = await verifySession();
  const data = v.parse(bookingSchema, input);
  const [item] = await db.select({ studioId: equipment.studioId, requiresInduction: equipment.requiresInduction }).from(equipment).where(eq(equipment.id, data.equipmentId));
  if (!item) return { error: "Unknown equipment" };
  if (item.requiresInduction) {
    const [ind] = await db.select({ id: inductions.id }).from(inductions).where(and(eq(inductions.memberId, userId), eq(inductions.equipmentId, data.equipmentId)));
    if (!ind) return { error: "You need an induction before booking this." };
  }
  const startsAt = new Date(data.startsAt);
  const endsAt = new Date(data.endsAt);
  if (await overlaps(data.equipmentId, startsAt, endsAt)) return { error: "That slot is taken." };
  // ok: mass-assignment // todook: missing-authorization
  await db.insert(bookings).values({ id: crypto.randomUUID(), equipmentId: data.equipmentId, studioId: item.studioId, memberId: userId, startsAt, endsAt, notes: data.notes });
  revalidatePath("/equipment");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelBooking(bookingId: string) {
  const { userId } = await verifySession();
  const id = v.parse(v.pipe(v.string(), v.uuid()), bookingId);
  // ok: floating-auth-check
  if (!(await canManageBooking(userId, id))) return { error: "Not your booking" };
  // ok: missing-authorization
  await db.update(bookings).set({ status: "cancelled" }).where(eq(bookings.id, id));
  revalidatePath("/equipment");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function extendBooking(bookingId: string, minutes: number) {
  const { userId } = await verifySession();
  const id = v.parse(v.pipe(v.string(), v.uuid()), bookingId);
  const mins = v.parse(v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(240)), minutes);
  // ruleid: floating-auth-check
  canManageBooking(userId, id);
  const [row] = await db.select({ endsAt: bookings.endsAt }).from(bookings).where(eq(bookings.id, id));
  if (!row) return { error: "Not found" };
  // ruleid: missing-authorization
  await db.update(bookings).set({ endsAt: new Date(row.endsAt.getTime() + mins * 60_000) }).where(eq(bookings.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateBookingNotes(bookingId: string, notes: string) {
  const { userId } = await verifySession();
  const id = v.parse(v.pipe(v.string(), v.uuid()), bookingId);
  const text = v.parse(v.pipe(v.string(), v.maxLength(500)), notes);
  await assertBookingOwner(userId, id);
  // ok: missing-authorization, mass-assignment
  await db.update(bookings).set({ notes: text }).where(eq(bookings.id, id));
  return { ok: true };
}

// ok: missing-auth
export async function myBookings() {
  const { userId } = await verifySession();
  const rows = await db.select().from(bookings).where(eq(bookings.memberId, userId));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function myUpcoming() {
  const { userId } = await verifySession();
  // ok: excessive-data-exposure
  return db.select({ id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt, status: bookings.status }).from(bookings).where(eq(bookings.memberId, userId));
}
