"use server";

import { z } from "zod";
import { auth } from "@/lib/auth";
import { connectMongo, Review } from "@/lib/db/mongo";
import { logAuditEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function venueReviews(venueId: string) {
  const id = z.string().min(1).parse(venueId);
  await connectMongo();
  const reviews = await Review.find({ venueId: id, hidden: false }).limit(50);
  // ruleid: excessive-data-exposure
  return JSON.parse(JSON.stringify(reviews));
}

// ok: missing-auth, missing-input-validation
export async function venueReviewsPublic(venueId: string) {
  const id = z.string().min(1).parse(venueId);
  await connectMongo();
  const reviews = await Review.find({ venueId: id, hidden: false }, { rating: 1, body: 1 }).limit(50).lean();
  // ok: excessive-data-exposure
  return reviews.map((r) => ({ rating: r.rating as number, body: r.body as string }));
}

// ok: missing-auth, missing-input-validation
export async function hideReview(reviewId: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(reviewId);
  await connectMongo();
  const review = await Review.findById(id, { venueId: 1 }).lean<{ venueId: string }>();
  if (!review) throw new Error("Not found");
  // ok: floating-auth-check
  const allowed = await import("@/lib/permissions").then((m) => m.canManageVenue(session.user.id, review.venueId));
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await Review.updateOne({ _id: id }, { $set: { hidden: true } });
  await logAuditEvent({ actorId: session.user.id, action: "review.hidden", target: id });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function replyToReview(reviewId: string, reply: { body: string; hidden?: boolean }) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  await connectMongo();
  // ruleid: missing-authorization
  await Review.updateOne(
    { _id: reviewId },
    // ruleid: mass-assignment
    { $set: { ...reply, repliedBy: session.user.id } },
  );
}
