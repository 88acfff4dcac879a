"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { verifySession, requireRole } from "@/lib/dal";
import { canManageVenue } from "@/lib/permissions";
import { sendEmail } from "@/lib/messaging";
import { checkRateLimit } from "@/lib/ratelimit";

const UpdateSchema = z.object({
  id: z.string().cuid(),
  partySize: z.coerce.number().int().min(1).max(30),
  startsAt: z.coerce.date(),
  notes: z.string().max(500).optional(),
});

// ok: missing-auth, missing-input-validation
export async function updateReservation(formData: FormData) {
  const { groupId } = await verifySession();
  const { id, ...changes } = UpdateSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.reservation.update({
    where: { id, venue: { groupId } },
    // ok: mass-assignment
    data: changes,
  });
  revalidatePath("/reservations");
}

// ok: missing-auth, missing-input-validation
export async function cancelReservation(reservationId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(reservationId);
  const reservation = await prisma.reservation.findUnique({ where: { id }, select: { venueId: true, guestEmail: true } });
  if (!reservation) notFound();
  if (!(await canManageVenue(userId, reservation.venueId))) {
    throw new Error("Forbidden");
  }
  // ok: missing-authorization
  await prisma.reservation.update({ where: { id }, data: { status: "cancelled" } });
  revalidatePath("/reservations");
}

// ok: missing-auth, missing-input-validation
export async function markNoShow(reservationId: string) {
  await verifySession();
  const id = z.string().cuid().parse(reservationId);
  // ruleid: missing-authorization
  await prisma.reservation.update({ where: { id }, data: { status: "no_show" } });
  revalidatePath("/reservations");
}

// ok: missing-auth, missing-input-validation
export async function getReservation(reservationId: string) {
  const { groupId } = await verifySession();
  const id = z.string().cuid().parse(reservationId);
  // ok: missing-authorization
  const reservation = await prisma.reservation.findFirst({ where: { id, venue: { groupId } } });
  if (!reservation) notFound();
  // ruleid: excessive-data-exposure
  return reservation;
}

// ok: missing-auth, missing-input-validation
export async function getReservationForDrawer(reservationId: string) {
  const { groupId } = await verifySession();
  const id = z.string().cuid().parse(reservationId);
  // ok: missing-authorization
  const r = await prisma.reservation.findFirst({ where: { id, venue: { groupId } } });
  if (!r) notFound();
  // ok: excessive-data-exposure
  return { id: r.id, guestName: r.guestName, partySize: r.partySize, startsAt: r.startsAt, status: r.status };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function emailGuest(reservationId: string, message: string) {
  const { userId, groupId } = await verifySession();
  const input = z.object({ id: z.string().cuid(), message: z.string().min(1).max(2000) }).parse({ id: reservationId, message });
  await checkRateLimit(`guest-email:${userId}`);
  // ok: missing-authorization
  const r = await prisma.reservation.findFirst({ where: { id: input.id, venue: { groupId } }, select: { guestEmail: true } });
  if (!r) notFound();
  await sendEmail(r.guestEmail, "A message about your booking", input.message);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function remindGuests(venueId: string) {
  await requireRole("manager", "owner");
  const id = z.string().cuid().parse(venueId);
  const { groupId } = await verifySession();
  // ok: missing-authorization
  const upcoming = await prisma.reservation.findMany({
    where: { venueId: id, venue: { groupId }, startsAt: { lte: new Date(Date.now() + 86_400_000) } },
    select: { guestEmail: true, startsAt: true },
  });
  for (const r of upcoming) {
    await sendEmail(r.guestEmail, "See you tomorrow!", `Your table is booked for ${r.startsAt.toISOString()}`);
  }
  // ok: excessive-data-exposure
  return { count: upcoming.length };
}
