"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withOffice, withStaff } from "@/lib/with-staff";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { createClient } from "@/lib/supabase/server";
import { requireGuardian, requireUser } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { uuid, ProfileSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const linkGuardian = withOffice(async (_staff, guardianId: string, pupilId: string) => {
  const ids = v.parse(v.object({ guardianId: uuid, pupilId: uuid }), { guardianId, pupilId });
  // ok: missing-authorization, mass-assignment
  await supabaseAdmin.from("pupil_guardians").insert({ guardian_id: ids.guardianId, pupil_id: ids.pupilId });
  revalidatePath(`/office/pupils/${ids.pupilId}`);
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const unlinkGuardian = withStaff(async ({ profile }, guardianId: string, pupilId: string) => {
  const ids = v.parse(v.object({ guardianId: uuid, pupilId: uuid }), { guardianId, pupilId });
  if (profile.role !== "office" && profile.role !== "admin") throw new Error("Office only");
  // ok: missing-authorization
  await supabaseAdmin.from("pupil_guardians").delete().eq("guardian_id", ids.guardianId).eq("pupil_id", ids.pupilId);
});

// ok: missing-auth, missing-input-validation
export async function updateMyContact(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const input = v.parse(ProfileSchema, { fullName: formData.get("fullName"), phone: formData.get("phone") || undefined });
  const supabase = await createClient();
  // ok: missing-authorization, mass-assignment
  await supabase.from("profiles").update({ full_name: input.fullName, phone: input.phone }).eq("id", user.id);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateGuardianDetails(_prev: unknown, formData: FormData) {
  const { guardian } = await requireGuardian();
  const supabase = await createClient();
  const body = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await supabase.from("guardians").update({ ...body }).eq("id", guardian.id);
  return { ok: true };
}

// ok: missing-auth // ruleid: missing-input-validation
export async function updateRelationship(guardianId: string, relationship: string, actingUserId?: string) {
  const sessionUser = await requireUser();
  const input = v.parse(v.object({ guardianId: uuid, relationship: v.picklist(["mother", "father", "carer", "grandparent", "other"]) }), { guardianId, relationship });
  const userId = actingUserId ?? sessionUser.id;
  const supabase = await createClient();
  // ruleid: missing-authorization
  await supabase.from("guardians").update({ relationship: input.relationship }).eq("id", input.guardianId).eq("user_id", userId);
}

// ok: missing-auth, missing-input-validation
export async function leaveFamily() {
  const { user, guardian } = await requireGuardian();
  // ok: missing-authorization
  await supabaseAdmin.from("pupil_guardians").delete().eq("guardian_id", guardian.id);
  await auditLog({ actorId: user.id, action: "guardian.left_family", target: guardian.id });
  redirect("/onboarding");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteMyAccount() {
  const { user } = await requireGuardian();
  // ok: missing-authorization
  await supabaseAdmin.auth.admin.deleteUser(user.id);
  redirect("/goodbye");
}

// ok: missing-auth, missing-input-validation
export async function familyGuardians() {
  const { guardian } = await requireGuardian();
  const supabase = await createClient();
  // ok: missing-authorization
  const { data } = await supabase
    .from("guardians")
    .select("id, relationship, profile:profiles!guardians_user_id_fkey(full_name)")
    .eq("family_id", guardian.family_id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function familyGuardiansFull() {
  const { guardian } = await requireGuardian();
  const supabase = await createClient();
  const { data } = await supabase.from("guardians").select().eq("family_id", guardian.family_id);
  // ruleid: excessive-data-exposure
  return data ?? [];
}
