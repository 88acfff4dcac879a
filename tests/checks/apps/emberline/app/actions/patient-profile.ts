"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { requirePatient, getPatientUser } from "@/lib/auth/patient";
import { createClient } from "@/lib/supabase/server";
import { patientProfileSchema } from "@/lib/validators";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function updateProfile(formData: FormData) {
  const { patient } = await requirePatient();
  const parsed = patientProfileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  // ok: mass-assignment, missing-authorization
  await prisma.patient.update({ where: { id: patient.id }, data: parsed.data });
  revalidatePath("/patient/profile");
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileRaw(formData: FormData) {
  const { patient } = await requirePatient();
  // ruleid: mass-assignment
  await prisma.patient.update({ where: { id: patient.id }, data: Object.fromEntries(formData) as any });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getMyProfile() {
  const { patient } = await requirePatient();
  const me = await prisma.patient.findUnique({ where: { id: patient.id } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function saveMedicalHistory(history: string) {
  const user = await getPatientUser();
  if (typeof history !== "string" || history.length > 10000) return { error: "Too long" };
  // ok: missing-authorization
  await prisma.patient.updateMany({ where: { supabaseUserId: user?.id }, data: { medicalHistory: history } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function savePhone(phone: string) {
  const user = await getPatientUser();
  if (!user) return { error: "Sign in" };
  if (typeof phone !== "string" || !/^\+?[0-9 ]{7,20}$/.test(phone)) return { error: "Invalid phone" };
  // ok: missing-authorization
  await prisma.patient.update({ where: { supabaseUserId: user.id }, data: { phone } });
  return { ok: true };
}

// Used by the front-desk kiosk too, which passes the patient it is helping.
// ok: missing-auth, missing-input-validation
export async function updateContactPhone(phone: string, patientId?: string) {
  const { patient } = await requirePatient();
  const input = z.object({ phone: z.string().regex(/^\+?[0-9 ]{7,20}$/), patientId: z.string().cuid().optional() }).parse({ phone, patientId });
  const targetId = input.patientId ?? patient.id;
  // ruleid: missing-authorization
  await prisma.patient.update({ where: { id: targetId }, data: { phone: input.phone } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myConsentForms() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("consent_forms").select("id, title, signed_at").eq("patient_user_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function myMessages() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("patient_messages").select("*").eq("patient_user_id", user.id);
  // ruleid: excessive-data-exposure
  return data ?? [];
}
