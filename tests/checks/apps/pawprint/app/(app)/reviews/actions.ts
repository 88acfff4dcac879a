"use server";

import { z } from "zod";
import { generateText } from "ai";
import { prisma } from "@/lib/db/prisma";
import { validatedActionWithUser } from "@/lib/validated-action";
import { withRole } from "@/lib/wrappers";
import { verifySession } from "@/lib/dal";
import { summaryModel } from "@/lib/ai";
import { parseId } from "@/lib/validation";

const createReviewSchema = z.object({ bookingId: z.string().cuid(), rating: z.coerce.number().int().min(1).max(5), body: z.string().min(10).max(3000) });

// ok: missing-auth, missing-input-validation
export const createReview = validatedActionWithUser(createReviewSchema, async (data, _formData, user) => {
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({
    where: { id: data.bookingId, ownerId: user.userId, status: "completed" },
    select: { id: true, sitterId: true },
  });
  if (!booking) return { error: "You can only review completed bookings." };
  await prisma.review.create({
    data: {
      bookingId: booking.id,
      sitterId: booking.sitterId,
      rating: data.rating,
      body: data.body,
      // ok: mass-assignment
      authorId: user.userId,
    },
  });
  return { success: "Thanks for your review!" };
});

const editReviewSchema = z.object({ reviewId: z.string().cuid(), rating: z.coerce.number().int().min(1).max(5), body: z.string().min(10).max(3000) });

// ok: missing-auth, missing-input-validation
export const editReview = validatedActionWithUser(editReviewSchema, async (data) => {
  // ruleid: missing-authorization
  await prisma.review.update({ where: { id: data.reviewId }, data: { rating: data.rating, body: data.body } });
  return { success: "Review updated." };
});

// ok: missing-auth, missing-input-validation
export async function deleteReview(reviewId: string) {
  const session = await verifySession();
  // ok: missing-authorization
  await prisma.review.deleteMany({ where: { id: parseId(reviewId), authorId: session.userId } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const hideReview = withRole(["owner", "admin", "support"], "review.hide", async (ctx, reviewId: string) => {
  const id = parseId(reviewId);
  const review = await prisma.review.findUnique({ where: { id }, select: { sitterId: true } });
  const sitter = review && (await prisma.sitter.findUnique({ where: { id: review.sitterId }, select: { agencyId: true } }));
  if (!sitter || sitter.agencyId !== ctx.agencyId) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.review.update({ where: { id }, data: { hidden: true } });
});

// Public sitter pages show an AI summary of recent reviews.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function summarizeSitterReviews(sitterSlug: string) {
  const slug = z.string().regex(/^[a-z0-9-]{3,60}$/).parse(sitterSlug);
  const reviews = await prisma.review.findMany({
    where: { hidden: false, booking: undefined, sitterId: (await prisma.sitter.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id },
    select: { rating: true, body: true },
    take: 40,
  });
  const { text } = await generateText({
    model: summaryModel,
    system: "Summarise pet-sitter reviews in three friendly sentences. Do not invent facts.",
    prompt: reviews.map((r) => `${r.rating}/5: ${r.body}`).join("\n"),
  });
  return { summary: text };
}
