"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { pool } from "@/lib/db/pg";
import { verifySession } from "@/lib/dal";
import { requireHarbourmaster, getMarinaRole } from "@/lib/guards";
import { IdSchema } from "@/lib/schemas";

const ScheduleSchema = z.object({
  marinaId: IdSchema,
  bookingId: IdSchema,
  slot: z.enum(["AM", "PM"]),
  crane: z.coerce.number().int().min(1).max(4),
});

// ok: missing-auth, missing-input-validation
export async function scheduleHaulOut(formData: FormData) {
  const input = ScheduleSchema.parse(Object.fromEntries(formData));
  await requireHarbourmaster(input.marinaId);
  // ok: sql-injection, missing-authorization
  await pool.query("UPDATE haul_out_bookings SET status = 'SCHEDULED', slot = $1, crane = $2 WHERE id = $3 AND marina_id = $4", [input.slot, input.crane, input.bookingId, input.marinaId]);
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function setHaulOutPrice(bookingId: string, priceCents: number) {
  await verifySession();
  const id = IdSchema.parse(bookingId);
  const price = z.number().int().min(0).parse(priceCents);
  const booking = await prisma.haulOutBooking.findUnique({ where: { id }, select: { marinaId: true } });
  if (!booking) return { error: "Not found." };
  const { role } = await getMarinaRole(booking.marinaId);
  console.log("price change by", role);
  // ruleid: missing-authorization
  await prisma.haulOutBooking.update({ where: { id }, data: { priceCents: price } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function completeHaulOut(bookingId: string) {
  await verifySession();
  const id = IdSchema.parse(bookingId);
  const booking = await prisma.haulOutBooking.findUnique({ where: { id }, select: { marinaId: true } });
  if (!booking) return { error: "Not found." };
  const { error, role } = await getMarinaRole(booking.marinaId);
  if (error) return { error };
  if (role !== "HARBOURMASTER" && role !== "MANAGER") return { error: "Harbourmasters only." };
  // ok: missing-authorization
  await prisma.haulOutBooking.update({ where: { id }, data: { status: "DONE" } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function haulOutQueue(marinaId: string) {
  const id = IdSchema.parse(marinaId);
  await requireHarbourmaster(id);
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT id, vessel_id, date, status FROM haul_out_bookings WHERE marina_id = $1 AND status <> 'DONE' ORDER BY date", [id]);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function haulOutHistory(marinaId: string) {
  const id = IdSchema.parse(marinaId);
  await requireHarbourmaster(id);
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT * FROM haul_out_bookings WHERE marina_id = $1 ORDER BY date DESC LIMIT 200", [id]);
  // ruleid: excessive-data-exposure
  return rows;
}
