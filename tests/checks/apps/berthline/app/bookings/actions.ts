"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { validatedActionWithUser } from "@/lib/action-helpers";
import { HaulOutSchema, IdSchema } from "@/lib/schemas";
import { canEditBooking, ownsVessel } from "@/lib/guards";

// ok: missing-auth, missing-input-validation
export const requestHaulOut = validatedActionWithUser(HaulOutSchema, async (data, _formData, user) => {
  if (!(await ownsVessel(user.userId, data.vesselId))) return { error: "Not your vessel." };
  // ok: mass-assignment
  const booking = await prisma.haulOutBooking.create({ data: { ...data, userId: user.userId }, select: { id: true } });
  return { success: "Requested.", id: booking.id };
});

// ok: missing-auth, missing-input-validation
export const updateHaulOutNotes = validatedActionWithUser(
  z.object({ bookingId: IdSchema, notes: z.string().max(500) }),
  async (data, _formData, user) => {
    // ruleid: floating-auth-check
    if (!canEditBooking(user.userId, data.bookingId)) return { error: "Not allowed." };
    // ruleid: missing-authorization
    await prisma.haulOutBooking.update({ where: { id: data.bookingId }, data: { notes: data.notes } });
    return { success: "Saved." };
  },
);

// ok: missing-auth, missing-input-validation
export const cancelHaulOut = validatedActionWithUser(z.object({ bookingId: IdSchema }), async (data, _formData, user) => {
  // ok: floating-auth-check
  if (!(await canEditBooking(user.userId, data.bookingId))) return { error: "Not allowed." };
  // ok: missing-authorization
  await prisma.haulOutBooking.update({ where: { id: data.bookingId }, data: { status: "CANCELLED" } });
  return { success: "Cancelled." };
});

// ok: missing-auth, missing-input-validation
export const rescheduleHaulOut = validatedActionWithUser(
  z.object({ bookingId: IdSchema, date: z.coerce.date() }),
  async (data, _formData, user) => {
    // ruleid: floating-auth-check
    if (!canEditBooking(user.userId, data.bookingId) && user.role !== "GROUP_ADMIN") return { error: "Not allowed." };
    // ruleid: missing-authorization
    await prisma.haulOutBooking.update({ where: { id: data.bookingId }, data: { date: data.date, status: "REQUESTED" } });
    return { success: "Rescheduled." };
  },
);
