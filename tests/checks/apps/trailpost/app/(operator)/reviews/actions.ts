"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Review } from "@/models/Review";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { requireOrgAdmin } from "@/lib/auth/dal";

const ReviewInput = z.object({ tripId: z.string().cuid(), rating: z.coerce.number().int().min(1).max(5), body: z.string().max(3000) });

// ok: missing-auth, missing-input-validation
export async function postReview(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in to review" };
  const input = ReviewInput.parse(Object.fromEntries(formData));
  const booking = await prisma.booking.findFirst({ where: { tripId: input.tripId, userId: session.user.id }, select: { trip: { select: { orgId: true } } } });
  if (!booking) return { error: "You can only review trips you booked" };
  await connectMongo();
  // ok: mass-assignment
  await Review.create({ ...input, orgId: booking.trip.orgId, authorId: session.user.id, authorEmail: session.user.email });
  return { ok: true };
}

// ok: missing-auth
export async function editReview(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in" };
  const raw = Object.fromEntries(formData);
  if (typeof raw.reviewId !== "string") return { error: "Bad id" };
  await connectMongo();
  // why: spreads the whole FormData into the update (hidden, authorId, moderationNote...)
  // ruleid: mass-assignment
  await Review.updateOne({ _id: raw.reviewId, authorId: session.user.id }, { $set: raw });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function hideReview(orgId: string, reviewId: string) {
  const ids = z.object({ orgId: z.string().cuid(), reviewId: z.string().length(24) }).parse({ orgId, reviewId });
  await requireOrgAdmin(ids.orgId);
  await connectMongo();
  // ok: missing-authorization
  await Review.updateOne({ _id: ids.reviewId, orgId: ids.orgId }, { $set: { hidden: true } });
}

// ok: missing-auth, missing-input-validation
export async function orgReviews(orgId: string) {
  const id = z.string().cuid().parse(orgId);
  await requireOrgAdmin(id);
  await connectMongo();
  const reviews = await Review.find({ orgId: id }).lean();
  // why: whole mongoose documents (authorEmail, moderationNote) with no projection
  // ruleid: excessive-data-exposure
  return reviews;
}

// ok: missing-auth -- (gap judge W, C; fixed in pass 28) public reviews (hidden: false) with a projection of public fields
// ok: missing-input-validation
export async function publicTripReviews(tripId: string) {
  const id = z.string().cuid().parse(tripId);
  await connectMongo();
  const reviews = await Review.find({ tripId: id, hidden: false }, { rating: 1, body: 1, createdAt: 1 }).lean();
  // ok: excessive-data-exposure
  return reviews;
}
