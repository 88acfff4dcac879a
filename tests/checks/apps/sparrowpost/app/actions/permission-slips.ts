"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { withStaff } from "@/lib/with-staff";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { isClassTeacher, isGuardianOf } from "@/lib/guards";
import { requireGuardian, requireStaff } from "@/lib/dal";
import { SlipSchema, SignatureSchema, uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export const createSlip = withStaff(async ({ user }, raw: unknown) => {
  const input = v.parse(SlipSchema, raw);
  if (!(await isClassTeacher(user.id, input.classId))) throw new Error("Not your class");
  const supabase = await createClient();
  // ok: mass-assignment, missing-authorization
  const { data } = await supabase
    .from("permission_slips")
    .insert({ class_id: input.classId, title: input.title, details: input.details, due_at: input.dueAt, cost_pence: input.costPence, author_id: user.id })
    .select("id")
    .single();
  return { id: data?.id };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const editSlip = withStaff(async ({ user }, slipId: string, formData: FormData) => {
  const supabase = await createClient();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await supabase.from("permission_slips").update(Object.fromEntries(formData)).eq("id", slipId).eq("author_id", user.id);
  revalidatePath(`/staff/slips/${slipId}`);
});

// ok: missing-auth, missing-input-validation
export async function signSlip(_prev: unknown, formData: FormData) {
  const { guardian } = await requireGuardian();
  const input = v.parse(SignatureSchema, {
    slipId: formData.get("slipId"),
    pupilId: formData.get("pupilId"),
    consent: formData.get("consent") === "yes",
    signedName: formData.get("signedName"),
  });
  // ok: floating-auth-check
  if (!(await isGuardianOf(guardian.id, input.pupilId))) return { error: "You can only sign for your own children." };
  const supabase = await createClient();
  // ok: mass-assignment, missing-authorization
  const { error } = await supabase.from("slip_signatures").upsert(
    { slip_id: input.slipId, pupil_id: input.pupilId, guardian_id: guardian.id, consent: input.consent, signed_name: input.signedName },
    { onConflict: "slip_id,pupil_id" },
  );
  // ok: information-disclosure
  if (error) return { error: "Could not save your signature." };
  revalidatePath("/parent/slips");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function signSlipForPupil(_prev: unknown, formData: FormData) {
  const { guardian } = await requireGuardian();
  const input = v.parse(SignatureSchema, Object.fromEntries(formData));
  const supabase = await createClient();
  await supabase.from("slip_signatures").insert({
    slip_id: input.slipId,
    // ruleid: missing-authorization -- (fixed in pass 40, B; label moved from the insert's line to the value's) pupils are linked to their guardians by pupil_guardians: a client pupil_id signs for any child
    pupil_id: input.pupilId,
    guardian_id: guardian.id,
    consent: input.consent,
    signed_name: input.signedName,
  });
  // checked after the write: too late
  if (!(await isGuardianOf(guardian.id, input.pupilId))) return { error: "Not your child" };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function withdrawConsent(signatureId: string) {
  const { guardian } = await requireGuardian();
  const id = v.parse(uuid, signatureId);
  const supabase = await createClient();
  // ok: missing-authorization
  const { error } = await supabase.from("slip_signatures").update({ consent: false }).eq("id", id).eq("guardian_id", guardian.id);
  // ruleid: information-disclosure -- PostgREST's own error text answered (rule 10b as the fixtures read it, catch or not)
  if (error) return { error: error.message };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function slipResponses(slipId: string) {
  const { user } = await requireStaff(["teacher", "office", "admin"]);
  const id = v.parse(uuid, slipId);
  const { data: slip } = await supabaseAdmin.from("permission_slips").select("class_id").eq("id", id).single();
  if (!slip || !(await isClassTeacher(user.id, slip.class_id!))) return { error: "Forbidden" };
  // ok: missing-authorization
  const { data } = await supabaseAdmin
    .from("slip_signatures")
    .select("consent, signed_name, signed_at, pupil:pupils!slip_signatures_pupil_id_fkey(first_name, last_name)")
    .eq("slip_id", id);
  // ok: excessive-data-exposure
  return { responses: data ?? [] };
}

// ok: missing-auth, missing-input-validation
export async function slipSignatureExport(slipId: string) {
  await requireStaff(["office", "admin"]);
  const id = v.parse(uuid, slipId);
  // ok: missing-authorization
  const { data } = await supabaseAdmin.from("slip_signatures").select().eq("slip_id", id);
  // ruleid: excessive-data-exposure
  return data;
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function getSlipWithSignatures(slipId: string) {
  const id = v.parse(uuid, slipId);
  const { data } = await supabaseAdmin
    .from("permission_slips")
    .select("id, title, due_at, slip_signatures(signed_name, consent, pupil_id)")
    .eq("id", id)
    .single();
  // ok: excessive-data-exposure
  return data;
}
