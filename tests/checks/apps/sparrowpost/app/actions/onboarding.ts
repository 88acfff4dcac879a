"use server";

import * as v from "valibot";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { requireUser } from "@/lib/dal";
import { ProfileSchema, uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function completeProfile(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const input = v.parse(ProfileSchema, { fullName: formData.get("fullName"), phone: formData.get("phone") || undefined });
  const supabase = await createClient();
  // ok: mass-assignment, missing-authorization
  await supabase.from("profiles").upsert({ id: user.id, email: user.email!, full_name: input.fullName, phone: input.phone });
  redirect("/parent");
}

// ok: missing-auth, missing-input-validation
export async function joinFamily(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const familyId = v.parse(uuid, formData.get("familyId"));
  // ruleid: missing-authorization -- (fixed in pass 40, B) the caller's own guardian row filed in a family the client picked (family_id is the group requireGuardian reads off that row and guardians are listed by)
  await supabaseAdmin.from("guardians").insert({ user_id: user.id, family_id: familyId, relationship: "other" });
  redirect("/parent");
}

// ok: missing-auth, missing-input-validation
export const completeOnboardingFor = async (_prev: unknown, formData: FormData) => {
  const sessionUser = await requireUser();
  const input = v.parse(v.object({ userId: v.optional(uuid), fullName: v.pipe(v.string(), v.maxLength(120)) }), Object.fromEntries(formData));
  const supabase = await createClient();
  // ruleid: missing-authorization
  await supabase.from("profiles").update({ full_name: input.fullName }).eq("id", input.userId ?? sessionUser.id);
  return { ok: true };
};
