"use server";

import { z } from "zod";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";
import { canManageTrip } from "@/lib/auth/guards";

// ok: missing-auth, missing-input-validation
export async function checkInParticipant(bookingId: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in" };
  const id = z.string().cuid().parse(bookingId);
  const booking = await prisma.booking.findUnique({ where: { id }, select: { tripId: true } });
  if (!booking) return { error: "Not found" };
  // ok: floating-auth-check
  const allowed = await canManageTrip(user.id, booking.tripId);
  if (!allowed) return { error: "Forbidden" };
  // ok: missing-authorization
  await prisma.booking.update({ where: { id }, data: { status: "checked_in" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function markNoShow(bookingId: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in" };
  const id = z.string().cuid().parse(bookingId);
  const booking = await prisma.booking.findUnique({ where: { id }, select: { tripId: true } });
  if (!booking) return { error: "Not found" };
  // why: canManageTrip returns a Promise; the negated Promise is always false, so the check never fires
  // ruleid: floating-auth-check
  if (!user.id || !canManageTrip(user.id, booking.tripId)) return { error: "Forbidden" };
  // why: only guard is the floating check above; any guide marks any booking a no-show
  // ruleid: missing-authorization
  await prisma.booking.update({ where: { id }, data: { status: "no_show" } });
  return { ok: true };
}

// why: validateRequest() result is destructured but never checked; anonymous callers read medical notes
// ruleid: missing-auth
// ok: missing-input-validation
export async function participantMedical(bookingId: string) {
  const { user } = await validateRequest();
  const id = z.string().cuid().parse(bookingId);
  const b = await prisma.booking.findUnique({ where: { id }, select: { medicalNotes: true, emergencyName: true, emergencyPhone: true } });
  return { viewer: user?.id ?? null, ...b };
}
