"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { kdb } from "@/lib/db/kysely";

const SubmitSchema = z.object({ assignmentId: z.string().uuid(), fileKey: z.string().regex(/^submissions\/[\w-]+\/[\w.-]+$/) });

// ok: missing-auth, missing-input-validation
export async function submitAssignment(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in again." };
  const parsed = SubmitSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Upload the file first." };
  const { error } = await supabase.from("submissions").insert({
    assignment_id: parsed.data.assignmentId,
    file_key: parsed.data.fileKey,
    // ok: mass-assignment, missing-authorization
    user_id: user.id,
  });
  if (error) {
    // ruleid: information-disclosure
    return { error: error.message };
  }
  revalidatePath("/learn/assignments");
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function withdrawSubmission(submissionId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  // ok: missing-authorization
  await supabase.from("submissions").delete().eq("id", submissionId).eq("user_id", user.id);
}

// ok: missing-auth, missing-input-validation
export async function mySubmissions() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("submissions").select("*").eq("user_id", user.id);
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function myGrades() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("submissions").select("id, assignment_id, grade, status").eq("user_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

const Regrade = z.object({ submissionId: z.string().uuid(), reason: z.string().min(10).max(2000) });

// ok: missing-auth, missing-input-validation
export async function requestRegrade(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in" };
  const input = Regrade.parse(Object.fromEntries(formData));
  // todoruleid: missing-authorization -- new row under a client-chosen parent with no check at all (Known gaps, pass 17)
  await kdb.insertInto("regrade_requests").values({ id: crypto.randomUUID(), submission_id: input.submissionId, user_id: user.id, reason: input.reason, status: "open" }).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function requestRegradeChecked(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in" };
  const input = Regrade.parse(Object.fromEntries(formData));
  const { data: own } = await supabase.from("submissions").select("id").eq("id", input.submissionId).eq("user_id", user.id).maybeSingle();
  if (!own) return { error: "Not found" };
  // ok: missing-authorization
  await kdb.insertInto("regrade_requests").values({ id: crypto.randomUUID(), submission_id: own.id, user_id: user.id, reason: input.reason, status: "open" }).execute();
  return { ok: true };
}
