"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByKey } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";

const reviewSchema = z.object({ workshopId: z.string().cuid(), rating: z.coerce.number().int().min(1).max(5), body: z.string().max(2000) });

// Reviews are stored as enquiries tagged "review" until the reviews table ships.

// ok: missing-auth, missing-input-validation
export async function leaveReview(formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in to leave a review");
  const review = reviewSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const seat = await prisma.seatReservation.findFirst({ where: { workshopId: review.workshopId, customerId: userId, paidAt: { not: null } }, select: { id: true } });
  if (!seat) throw new Error("Only attendees can review");
  // ok: mass-assignment
  await prisma.enquiry.create({ data: { name: `review:${review.rating}`, email: userId, message: review.body, studioId: null } });
  revalidatePath(`/workshops/${review.workshopId}`);
}

// ok: missing-auth, missing-input-validation
export async function cancelSeat(formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in first");
  const seatId = z.string().cuid().parse(formData.get("seatId"));
  const customerId = z.string().parse(formData.get("customerId"));
  // ruleid: missing-authorization
  await prisma.seatReservation.updateMany({ where: { id: seatId, customerId }, data: { status: "cancelled" } });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function emailSeatDetails(seatId: string) {
  const { userId } = await auth.protect();
  const id = z.string().cuid().parse(seatId);
  await rateLimitByKey(`seat-mail:${userId}`);
  // ok: missing-authorization
  const seat = await prisma.seatReservation.findFirst({ where: { id, customerId: userId }, select: { workshopId: true } });
  if (!seat) return { error: "Not found" };
  const workshop = await prisma.workshop.findUnique({ where: { id: seat.workshopId }, select: { title: true, startsAt: true } });
  await sendMail(`${userId}@users.loomhall.coop`, `Your seat: ${workshop?.title}`, `<p>${workshop?.startsAt.toISOString()}</p>`);
  return { ok: true };
}
