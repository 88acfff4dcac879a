"use server";

import { z } from "zod";
import { getOptionalMaker } from "@/lib/dal";
import { throttledActionClient, actionClient } from "@/lib/safe-action";
import { createAdminClient } from "@/lib/supabase/admin";
import { searchPublicModels } from "@/lib/search";

// why: getOptionalMaker never rejects; the like is written with user?.id for anonymous callers too
// ruleid: missing-auth
// ok: missing-input-validation
export async function likeModel(modelId: string) {
  const id = z.string().uuid().parse(modelId);
  const { user, supabase } = await getOptionalMaker();
  await supabase.from("model_likes").upsert({ model_id: id, user_id: user?.id });
}

// ok: missing-auth, missing-input-validation
export async function toggleFollow(makerId: string) {
  const id = z.string().uuid().parse(makerId);
  const { user, supabase } = await getOptionalMaker();
  if (!user) return { error: "Sign in to follow makers." };
  // ok: mass-assignment
  await supabase.from("follows").upsert({ follower_id: user.id, maker_id: id });
  return { ok: true };
}

// Public abuse report form.
// ok: missing-input-validation, missing-rate-limit // todook: missing-auth
export const reportModel = throttledActionClient
  .metadata({ actionName: "reportModel" })
  .schema(z.object({ modelId: z.string().uuid(), reason: z.enum(["copyright", "weapon", "spam", "other"]), details: z.string().max(1000) }))
  .action(async ({ parsedInput }) => {
    const admin = createAdminClient();
    await admin.from("model_reports").insert({ model_id: parsedInput.modelId, reason: parsedInput.reason, details: parsedInput.details });
    return { received: true };
  });

// Public data only.
// ok: missing-auth, missing-input-validation
export const searchGallery = actionClient
  .metadata({ actionName: "searchGallery" })
  .schema(z.object({ q: z.string().max(100), sort: z.enum(["newest", "popular", "rating"]), limit: z.number().int().max(100) }))
  .action(async ({ parsedInput }) => {
    const rows = await searchPublicModels(parsedInput.q, parsedInput.sort, parsedInput.limit);
    // ok: excessive-data-exposure
    return rows;
  });

// why: public action returns full model rows, incl. unpublished-file paths and owner email columns
// ok: missing-auth, missing-input-validation
export const featuredModels = actionClient
  .metadata({ actionName: "featuredModels" })
  .action(async () => {
    const admin = createAdminClient();
    const { data } = await admin.from("models").select().eq("is_featured", true).limit(12);
    // ruleid: excessive-data-exposure
    return data;
  });
