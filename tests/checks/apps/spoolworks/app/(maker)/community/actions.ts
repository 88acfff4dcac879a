"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { createAdminClient } from "@/lib/supabase/admin";
import { canEditModel } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation
export async function postComment(formData: FormData) {
  await verifySession();
  const modelId = z.string().uuid().parse(formData.get("modelId"));
  const body = z.string().min(1).max(2000).parse(formData.get("body"));
  const authorId = z.string().uuid().parse(formData.get("authorId"));
  // why: author id taken from the form instead of the session (post as anyone)
  // ruleid: missing-authorization, mass-assignment
  await createAdminClient().from("comments").insert({ model_id: modelId, body, author_id: authorId });
  revalidatePath(`/models/${modelId}`);
}

// ok: missing-auth, missing-input-validation
export async function editComment(formData: FormData) {
  const { user, supabase } = await verifySession();
  const id = z.string().uuid().parse(formData.get("commentId"));
  const body = z.string().min(1).max(2000).parse(formData.get("body"));
  // ok: missing-authorization
  await supabase.from("comments").update({ body, edited_at: new Date().toISOString() }).eq("id", id).eq("author_id", user.id);
}

// ok: missing-auth, missing-input-validation
export async function deleteReview(reviewId: string) {
  await verifySession();
  const id = z.string().uuid().parse(reviewId);
  // why: any signed-in maker deletes any shop review (service-role, no author check)
  // ruleid: missing-authorization
  await createAdminClient().from("shop_reviews").delete().eq("id", id);
}

const MakerProfile = z.object({ displayName: z.string().min(2).max(60), bio: z.string().max(600) });

// Called from the public maker page editor.
// ok: missing-auth, missing-input-validation
export async function updateMakerProfile(userId: string, data: unknown) {
  await verifySession();
  const id = z.string().uuid().parse(userId);
  const profile = MakerProfile.parse(data);
  // why: target user id comes from the caller and is never compared with the session user
  // ruleid: missing-authorization
  await createAdminClient().from("profiles").update({ display_name: profile.displayName, bio: profile.bio }).eq("id", id);
}

// ok: missing-auth, missing-input-validation
export async function pinComment(formData: FormData) {
  const { user } = await verifySession();
  const modelId = z.string().uuid().parse(formData.get("modelId"));
  const commentId = z.string().uuid().parse(formData.get("commentId"));
  // why: canEditModel is not awaited inside a compound condition
  // ruleid: floating-auth-check
  if (!canEditModel(user.id, modelId) && !user.app_metadata?.moderator) throw new Error("Forbidden");
  // why: the ownership check above never takes effect
  // ruleid: missing-authorization
  await createAdminClient().from("comments").update({ pinned: true }).eq("id", commentId).eq("model_id", modelId);
}

// ok: missing-auth, missing-input-validation
export async function hideComment(formData: FormData) {
  const { user } = await verifySession();
  const modelId = z.string().uuid().parse(formData.get("modelId"));
  const commentId = z.string().uuid().parse(formData.get("commentId"));
  // ok: floating-auth-check
  const owner = await canEditModel(user.id, modelId);
  if (!owner) throw new Error("Forbidden");
  // ok: missing-authorization
  await createAdminClient().from("comments").update({ hidden: true }).eq("id", commentId).eq("model_id", modelId);
}
