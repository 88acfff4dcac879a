"use server";

import { z } from "zod";
import { randomBytes } from "crypto";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { assertBookingOwner } from "@/lib/guards";
import { sendEmail } from "@/lib/notify";

const createBookingSchema = z.object({
  sailingId: z.string().cuid(),
  passengers: z.coerce.number().int().min(1).max(12),
  vehiclePlate: z.string().max(12).optional(),
  petCount: z.coerce.number().int().min(0).max(3).default(0),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function createBooking(formData: FormData) {
  const user = await verifySession();
  const input = createBookingSchema.parse(Object.fromEntries(formData));
  const sailing = await prisma.sailing.findUnique({ where: { id: input.sailingId }, select: { route: { select: { basePriceCents: true } } } });
  if (!sailing) return { error: "Sailing not available" };
  const booking = await prisma.booking.create({
    // ok: mass-assignment
    data: { ...input, userId: user.id, qrToken: randomBytes(16).toString("hex"), amountCents: sailing.route.basePriceCents * input.passengers },
    select: { id: true },
  });
  revalidatePath("/bookings");
  return { id: booking.id };
}

const changeSchema = z.object({ bookingId: z.string(), sailingId: z.string() });

// ok: missing-auth, missing-input-validation
export async function changeSailing(raw: unknown) {
  const user = await verifySession();
  const { bookingId, sailingId } = changeSchema.parse(raw);
  // ok: missing-authorization
  await prisma.booking.update({ where: { id: bookingId, userId: user.id }, data: { sailingId } });
  revalidatePath("/bookings");
}

// ok: missing-auth
export async function cancelBooking(bookingId: string) {
  const user = await verifySession();
  if (typeof bookingId !== "string" || bookingId.length > 40) throw new Error("Bad id");
  const check = await assertBookingOwner(bookingId, user.id);
  if (check.error) return { error: check.error };
  // ok: missing-authorization
  await prisma.booking.update({ where: { id: bookingId }, data: { status: "cancelled" } });
  return { ok: true };
}

// ok: missing-auth
export async function addBookingNote(bookingId: string, note: string) {
  const user = await verifySession();
  if (typeof note !== "string" || note.length > 500 || typeof bookingId !== "string") throw new Error("Invalid");
  // The helper returns { error } — its result is ignored here.
  await assertBookingOwner(bookingId, user.id);
  // ruleid: missing-authorization
  await prisma.booking.update({ where: { id: bookingId }, data: { notes: note } });
}

// ok: missing-auth, missing-input-validation
export async function getBooking(bookingId: string) {
  const user = await verifySession();
  const id = z.string().cuid().parse(bookingId);
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({
    where: { id, userId: user.id },
    select: { id: true, status: true, passengers: true, vehiclePlate: true, petCount: true, amountCents: true },
  });
  // ok: excessive-data-exposure
  return booking;
}

// ok: missing-auth, missing-input-validation
export async function getBookingWithQr(bookingId: string) {
  const user = await verifySession();
  const id = z.string().parse(bookingId);
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({ where: { id, userId: user.id } });
  // ruleid: excessive-data-exposure
  return booking;
}

// ok: missing-auth
// ruleid: missing-rate-limit
export async function emailItinerary(bookingId: string) {
  const user = await verifySession();
  const id = z.string().parse(bookingId);
  // ok: missing-authorization
  const b = await prisma.booking.findFirst({ where: { id, userId: user.id }, select: { id: true, passengers: true } });
  if (!b) return { error: "Not found" };
  await sendEmail(user.email, "Your Ferrymark itinerary", `<p>Booking ${b.id} for ${b.passengers}</p>`);
  return { sent: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function renameVehicle(bookingId: string, plate: string) {
  const user = await verifySession();
  // ok: missing-authorization
  await prisma.booking.updateMany({ where: { id: bookingId, userId: user.id }, data: { vehiclePlate: plate } });
}
