"use server";

import * as v from "valibot";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { getCurrentUser, requireGuardian } from "@/lib/dal";
import { isGuardianOf } from "@/lib/guards";
import { isSchoolDay } from "@/lib/term-dates";
import { uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function requestLateCollection(pupilId: string, date: string) {
  const { guardian } = await requireGuardian();
  const input = v.parse(v.object({ pupilId: uuid, date: v.pipe(v.string(), v.isoDate()) }), { pupilId, date });
  // ok: floating-auth-check
  if (!isSchoolDay(input.date)) return { error: "Not a school day" };
  // ok: floating-auth-check
  if (!(await isGuardianOf(guardian.id, input.pupilId))) return { error: "Not your child" };
  const supabase = await createClient();
  // ok: missing-authorization, mass-assignment
  await supabase.from("late_collections").insert({ pupil_id: input.pupilId, date: input.date, guardian_id: guardian.id });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function updateChildNickname(pupilId: string, nickname: string) {
  const input = v.parse(v.object({ pupilId: uuid, nickname: v.pipe(v.string(), v.maxLength(40)) }), { pupilId, nickname });
  // ruleid: floating-auth-check
  if (!getCurrentUser()) redirect("/login");
  await supabaseAdmin.from("pupils").update({ first_name: input.nickname }).eq("id", input.pupilId);
}

// ok: missing-auth, missing-input-validation
export async function childTimeline(pupilId: string) {
  const { guardian } = await requireGuardian();
  const id = v.parse(uuid, pupilId);
  // ok: floating-auth-check
  const linked = await isGuardianOf(guardian.id, id);
  if (!linked) return [];
  const supabase = await createClient();
  // ok: missing-authorization
  const { data } = await supabase.from("absences").select("date, reason, authorised").eq("pupil_id", id).order("date", { ascending: false }).limit(30);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function childTimelineFull(pupilId: string) {
  const { guardian } = await requireGuardian();
  const id = v.parse(uuid, pupilId);
  if (!(await isGuardianOf(guardian.id, id))) return null;
  // ok: missing-authorization
  const { data } = await supabaseAdmin.from("pupils").select("*").eq("id", id).single();
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function addEmergencyContact(_prev: unknown, formData: FormData) {
  const { guardian } = await requireGuardian();
  const input = v.parse(
    v.object({ name: v.pipe(v.string(), v.maxLength(120)), phone: v.pipe(v.string(), v.regex(/^\+?[0-9 ]{7,20}$/)), familyId: uuid }),
    Object.fromEntries(formData),
  );
  const supabase = await createClient();
  // ruleid: missing-authorization -- (fixed in pass 40, B) family_id is a column of the caller's own guardian row (the group requireGuardian reads off the caller's row and guardians are listed by): a client value files the contact in any family
  await supabase.from("emergency_contacts").insert({ family_id: input.familyId, name: input.name, phone: input.phone, added_by: guardian.id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function addEmergencyContactSafe(_prev: unknown, formData: FormData) {
  const { guardian } = await requireGuardian();
  const input = v.parse(v.object({ name: v.pipe(v.string(), v.maxLength(120)), phone: v.pipe(v.string(), v.regex(/^\+?[0-9 ]{7,20}$/)) }), Object.fromEntries(formData));
  const supabase = await createClient();
  // ok: missing-authorization, mass-assignment
  await supabase.from("emergency_contacts").insert({ family_id: guardian.family_id, name: input.name, phone: input.phone, added_by: guardian.id });
  return { ok: true };
}
