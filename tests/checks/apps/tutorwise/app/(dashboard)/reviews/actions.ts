"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

const reviewSchema = z.object({ tutorId: z.string().uuid(), rating: z.coerce.number().int().min(1).max(5), comment: z.string().max(1000) });

// ok: missing-auth, missing-input-validation
export async function postReview(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in to leave a review" };
  const parsed = reviewSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Rating must be 1–5" };
  // ok: mass-assignment
  const { error } = await supabase.from("reviews").insert({ ...parsed.data, author_id: user.id });
  // ok: information-disclosure
  if (error) return { error: "Could not save review" };
  revalidatePath(`/tutors/${parsed.data.tutorId}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteReview(reviewId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in" };
  if (typeof reviewId !== "string") return { error: "Bad id" };
  try {
    // ok: missing-authorization
    await supabase.from("reviews").delete().eq("id", reviewId).eq("author_id", user.id).throwOnError();
  } catch (error) {
    // ruleid: information-disclosure
    return { error: (error as Error).message };
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function editReview(reviewId: string, comment: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in" };
  if (typeof reviewId !== "string" || typeof comment !== "string" || comment.length > 1000) return { error: "Invalid" };
  // ruleid: missing-authorization
  const { error } = await supabase.from("reviews").update({ comment }).eq("id", reviewId);
  return error ? { error: "Could not update" } : { ok: true };
}

// ok: missing-auth
export async function myReviews() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("reviews").select("*").eq("author_id", user.id);
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function reportReview(reviewId: string, reason: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Sign in");
  if (typeof reviewId !== "string" || typeof reason !== "string") throw new Error("Invalid");
  try {
    // ok: mass-assignment
    await supabase.from("review_reports").insert({ review_id: reviewId, reason: reason.slice(0, 500), reporter_id: user.id });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: String(err) };
  }
}
