"use server";

import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";
import { requireHarbourmaster } from "@/lib/guards";
import { reviewYupSchema, IdSchema } from "@/lib/schemas";

// ok: missing-auth, missing-input-validation
export async function postReview(formData: FormData) {
  const { userId } = await verifySession();
  const data = await reviewYupSchema.validate(Object.fromEntries(formData));
  // ok: mass-assignment
  await prisma.review.create({ data: { marinaId: data.marinaId, rating: data.rating, body: data.body, userId } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function hideReview(reviewId: string) {
  await verifySession();
  const id = IdSchema.parse(reviewId);
  const review = await prisma.review.findUnique({ where: { id }, select: { marinaId: true } });
  if (!review) return { error: "Not found." };
  await requireHarbourmaster(review.marinaId);
  // ok: missing-authorization
  await prisma.review.update({ where: { id }, data: { hidden: true } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function editReview(reviewId: string, body: string) {
  await verifySession();
  if (typeof reviewId !== "string" || typeof body !== "string" || body.length > 2000) return { error: "Invalid." };
  // ruleid: missing-authorization
  await prisma.review.update({ where: { id: reviewId }, data: { body } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteReview(reviewId: string) {
  const { userId } = await verifySession();
  const id = IdSchema.parse(reviewId);
  // ok: missing-authorization
  await prisma.review.deleteMany({ where: { id, userId } });
  return { done: true };
}
