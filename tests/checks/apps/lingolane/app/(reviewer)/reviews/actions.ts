"use server";

import { z } from "zod";
import * as v from "valibot";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

const ReviewSchema = v.object({
  reviewId: v.pipe(v.string(), v.uuid()),
  score: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  comments: v.optional(v.pipe(v.string(), v.maxLength(4000))),
});

// ok: missing-auth, missing-input-validation
export async function submitReview(input: unknown) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/reviewer/login");
  const data = v.parse(ReviewSchema, input);
  const { error } = await supabaseAdmin
    .from("reviews")
    .update({ score: data.score, comments: data.comments, status: "submitted" })
    // ok: missing-authorization
    .eq("id", data.reviewId).eq("reviewer_id", user.id);
  if (error) return { error: "Could not save review" };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function reassignReview(input: unknown) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/reviewer/login");
  const data = v.parse(v.object({ reviewId: v.pipe(v.string(), v.uuid()), reviewerId: v.pipe(v.string(), v.uuid()) }), input);
  // ruleid: missing-authorization
  const { error } = await supabaseAdmin
    .from("reviews")
    // todoruleid: mass-assignment
    .update({ reviewer_id: data.reviewerId }).eq("id", data.reviewId);
  if (error) {
    // ruleid: information-disclosure
    return { error: error.message };
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getReviewQueue() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/reviewer/login");
  const { data } = await supabaseAdmin
    .from("reviews")
    .select("id, job_id, due_at, status")
    .eq("reviewer_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-input-validation
// ruleid: missing-auth -- (todoruleid until pass 27)
export async function getReviewerStats() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const { data } = await supabaseAdmin.rpc("reviewer_stats", { reviewer: user?.id ?? null });
  return { stats: data };
}

// ok: missing-auth, missing-input-validation
export async function getReviewDetail(reviewId: unknown) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/reviewer/login");
  const id = z.string().uuid().parse(reviewId);
  // ruleid: missing-authorization
  const { data } = await supabaseAdmin.from("reviews").select("*").eq("id", id).single();
  // ruleid: excessive-data-exposure
  return data;
}
