"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { withOffice, withStaff } from "@/lib/with-staff";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { createClient } from "@/lib/supabase/server";
import { requireStaff, requireUser } from "@/lib/dal";
import { checkOfficeRole } from "@/lib/guards";
import { auditLog } from "@/lib/audit";
import { PupilSchema, PupilImportRow, uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createPupil = withOffice(async (_staff, raw: unknown) => {
  const p = v.parse(PupilSchema, raw);
  // ok: mass-assignment, missing-authorization
  const { data } = await supabaseAdmin
    .from("pupils")
    .insert({ first_name: p.firstName, last_name: p.lastName, date_of_birth: p.dateOfBirth, class_id: p.classId, medical_notes: p.medicalNotes })
    .select("id")
    .single();
  revalidatePath("/office/pupils");
  return { id: data?.id };
});

// ok: missing-auth, missing-input-validation
export const updatePupil = withOffice(async (_staff, id: string, raw: unknown) => {
  const pupilId = v.parse(uuid, id);
  const p = v.parse(v.partial(PupilSchema), raw);
  // ok: mass-assignment, missing-authorization
  await supabaseAdmin.from("pupils").update({ first_name: p.firstName, last_name: p.lastName, class_id: p.classId }).eq("id", pupilId);
});

// ok: missing-auth, missing-input-validation
export const importPupils = withOffice(async (_staff, rows: unknown[]) => {
  const parsed = rows.map((r) => v.parse(PupilImportRow, r));
  // ruleid: mass-assignment
  const { error } = await supabaseAdmin.from("pupils").insert(parsed);
  // ok: information-disclosure
  return { imported: error ? 0 : parsed.length };
});

// ok: missing-auth, missing-input-validation
export async function setSafeguardingFlag(pupilId: string, flag: boolean) {
  const user = await requireUser();
  const id = v.parse(uuid, pupilId);
  const on = v.parse(v.boolean(), flag);
  const check = await checkOfficeRole(user.id);
  // ruleid: missing-authorization
  await supabaseAdmin.from("pupils").update({ safeguarding_flag: on }).eq("id", id);
  await auditLog({ actorId: user.id, action: "pupil.safeguarding", target: id, meta: { on, denied: Boolean(check.error) } });
}

// ok: missing-auth, missing-input-validation
export const moveClass = withStaff(async ({ user }, pupilId: string, classId: string) => {
  const ids = v.parse(v.object({ pupilId: uuid, classId: uuid }), { pupilId, classId });
  const check = await checkOfficeRole(user.id);
  if (check.error) return { error: check.error };
  // ok: missing-authorization
  await supabaseAdmin.from("pupils").update({ class_id: ids.classId }).eq("id", ids.pupilId);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function getPupilRecord(pupilId: string) {
  // ok: floating-auth-check
  await requireStaff(["office", "admin"]);
  const id = v.parse(uuid, pupilId);
  // ok: missing-authorization
  const { data } = await supabaseAdmin.from("pupils").select("*").eq("id", id).single();
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function getPupilCard(pupilId: string) {
  await requireStaff();
  const id = v.parse(uuid, pupilId);
  const { data } = await supabaseAdmin.from("pupils").select("*, class:classes!pupils_class_id_fkey(name)").eq("id", id).single();
  if (!data) return null;
  // ok: excessive-data-exposure
  return { id: data.id, name: `${data.first_name} ${data.last_name}`, className: (data.class as { name: string } | null)?.name ?? null };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchPupils(term: string) {
  await requireStaff();
  const supabase = await createClient();
  // ok: sql-injection, missing-authorization
  const { data } = await supabase.from("pupils").select("id, first_name, last_name, class_id").ilike("last_name", `%${term}%`).limit(20);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log
export async function deletePupil(pupilId: string) {
  const id = v.parse(uuid, pupilId);
  // ruleid: floating-auth-check
  requireStaff(["office", "admin"]);
  await supabaseAdmin.from("pupils").delete().eq("id", id);
  revalidatePath("/office/pupils");
}

// ok: missing-auth, missing-input-validation
export async function myChildren() {
  const user = await requireUser();
  const supabase = await createClient();
  // ok: missing-authorization
  const { data } = await supabase
    .from("pupil_guardians")
    .select("pupil:pupils!pupil_guardians_pupil_id_fkey(id, first_name, class:classes(name)), guardian:guardians!inner(user_id)")
    .eq("guardian.user_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}
