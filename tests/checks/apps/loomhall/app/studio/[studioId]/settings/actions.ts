"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

const SettingsSchema = v.object({
  studioId: v.pipe(v.string(), v.minLength(1)),
  displayName: v.pipe(v.string(), v.minLength(2), v.maxLength(80)),
  about: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  acceptsCommissions: v.boolean(),
});

// ok: missing-auth, missing-input-validation
export async function updateStudioSettings(input: unknown) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in." };
  const { studioId, ...settings } = v.parse(SettingsSchema, input);
  // ok: missing-authorization, mass-assignment
  const { error } = await supabase.from("studio_settings").update(settings).eq("studio_id", studioId).eq("owner_id", user.id);
  // ok: information-disclosure
  if (error) return { error: "Could not save settings." };
  revalidatePath(`/studio/${studioId}/settings`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updatePayoutDetails(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in." };
  const { studioId, iban } = v.parse(v.object({ studioId: v.string(), iban: v.pipe(v.string(), v.regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/)) }), Object.fromEntries(formData));
  // ruleid: missing-authorization
  const { error } = await supabase.from("studio_settings").update({ payout_iban: iban }).eq("studio_id", studioId);
  // ruleid: information-disclosure
  if (error) return { error: error.message };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getStudioSettings(studioId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return null;
  const id = v.parse(v.pipe(v.string(), v.minLength(1)), studioId);
  // ok: missing-authorization
  const { data } = await supabase.from("studio_settings").select("*").eq("studio_id", id).eq("owner_id", user.id).single();
  // ruleid: excessive-data-exposure
  return data;
}
