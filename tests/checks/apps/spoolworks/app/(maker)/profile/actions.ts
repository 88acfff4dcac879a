"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { authActionClient } from "@/lib/safe-action";

const ProfileSchema = z.object({
  displayName: z.string().min(2).max(60),
  bio: z.string().max(600).optional(),
  website: z.string().url().optional(),
});

// ok: missing-auth, missing-input-validation
export const updateProfile = authActionClient
  .metadata({ actionName: "updateProfile" })
  .schema(ProfileSchema)
  .action(async ({ parsedInput, ctx: { user, supabase } }) => {
    // ok: mass-assignment, missing-authorization
    await supabase.from("profiles").update({ display_name: parsedInput.displayName, bio: parsedInput.bio, website: parsedInput.website }).eq("id", user.id);
    revalidatePath("/dashboard/profile");
  });

const Showcase = z.object({
  headline: z.string().max(120),
  showcaseModelIds: z.array(z.string().uuid()).max(6),
  plan: z.enum(["free", "maker_pro"]).default("free"),
});

// ok: missing-auth, missing-input-validation
export const updateShowcase = authActionClient
  .metadata({ actionName: "updateShowcase" })
  .schema(Showcase)
  .action(async ({ parsedInput, ctx: { user, supabase } }) => {
    // why: the schema admits `plan`, so a maker switches to the paid Maker Pro plan for free
    // ruleid: mass-assignment
    // ok: missing-authorization
    await supabase.from("profiles").update({ headline: parsedInput.headline, showcase_model_ids: parsedInput.showcaseModelIds, plan: parsedInput.plan }).eq("id", user.id);
  });

// why: preferences object from the client reaches the DB with no runtime check
// ruleid: missing-input-validation
// ok: missing-auth
export async function updateNotificationPrefs(prefs: Record<string, unknown>) {
  const { user, supabase } = await verifySession();
  // why: client object written wholesale to profiles (plan, is_verified_maker are columns of the same table)
  // ruleid: mass-assignment
  // ok: missing-authorization
  await supabase.from("profiles").update(prefs).eq("id", user.id);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function setPrintDefaults(formData: FormData) {
  const { user, supabase } = await verifySession();
  const layer = Number(formData.get("layerHeight"));
  if (!Number.isFinite(layer) || layer < 0.04 || layer > 0.6) throw new Error("Layer height out of range");
  const infill = Number(formData.get("infill"));
  if (!Number.isInteger(infill) || infill < 0 || infill > 100) throw new Error("Infill out of range");
  // ok: mass-assignment, missing-authorization
  await supabase.from("profiles").update({ default_layer_height: layer, default_infill: infill }).eq("id", user.id);
}

// ok: missing-auth, missing-input-validation
export async function getMyProfile() {
  const { user, supabase } = await verifySession();
  const { data } = await supabase.from("profiles").select("id, display_name, bio, website, avatar_url").eq("id", user.id).single();
  // ok: excessive-data-exposure
  return data;
}
