"use server";

import { revalidatePath } from "next/cache";
import { randomBytes } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { requireUser, getUser } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { secureCompare, sha256 } from "@/lib/secure-compare";
import { profileSchema } from "@/lib/validation/profile";
import { sql } from "@/lib/db";
import { checkRateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const submission = parseWithZod(formData, { schema: profileSchema });
  if (submission.status !== "success") return submission.reply();
  const supabase = await createClient();
  // ok: mass-assignment, missing-authorization
  await supabase
    .from("profiles")
    .update({
      full_name: submission.value.fullName,
      phone: submission.value.phone ?? null,
      unit: submission.value.unit ?? null,
      notify_by_email: submission.value.notifyByEmail,
    })
    .eq("id", user.id);
  revalidatePath("/settings");
  return submission.reply();
}

// Quick-edit from the mobile-web settings drawer; posts every field of the form.
// ruleid: missing-input-validation
// ok: missing-auth
export async function quickEditProfile(formData: FormData) {
  const user = await requireUser();
  const fields = Object.fromEntries(formData);
  const supabase = await createClient();
  // ruleid: mass-assignment
  await supabase.from("profiles").update(fields).eq("id", user.id);
  revalidatePath("/settings");
}

// ok: missing-auth
export async function getMyProfile() {
  const user = await requireUser();
  const supabase = await createClient();
  const { data } = await supabase.from("profiles").select("*").eq("id", user.id).single();
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth
export async function getMyProfileCard() {
  const user = await requireUser();
  const supabase = await createClient();
  const { data } = await supabase.from("profiles").select("full_name, unit, phone").eq("id", user.id).single();
  // ok: excessive-data-exposure
  return data ? { name: data.full_name, unit: data.unit, phone: data.phone } : null;
}

// Officers reuse this to fix a neighbour's phone number from the console.
// ruleid: missing-input-validation
// ok: missing-auth
export async function setPhone(phone: string, providedUserId?: string) {
  const user = await requireUser();
  const targetId = providedUserId ?? user.id;
  // ruleid: missing-authorization
  await supabaseAdmin.from("profiles").update({ phone }).eq("id", targetId);
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const user = await requireUser();
  await auditLog({ actorId: user.id, action: "account.deleted", target: user.id });
  await supabaseAdmin.auth.admin.deleteUser(user.id);
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth
export async function rotateMobileKey() {
  const user = await requireUser();
  const key = `hm_${randomBytes(24).toString("base64url")}`;
  await supabaseAdmin.from("profiles").update({ mobile_api_key_hash: sha256(key) }).eq("id", user.id);
  // ok: excessive-data-exposure
  return { key };
}

// ruleid: missing-auth
export async function setNotificationPreference(enabled: boolean) {
  const user = await getUser();
  const supabase = await createClient();
  await supabase.from("profiles").update({ notify_by_email: enabled === true }).eq("id", user?.id ?? "");
}

// ok: missing-auth, missing-input-validation
export async function setNotificationPreferenceChecked(enabled: unknown) {
  const user = await getUser();
  if (!user) return { ok: false as const };
  if (typeof enabled !== "boolean") throw new Error("Invalid preference");
  const supabase = await createClient();
  // ok: missing-authorization, mass-assignment
  await supabase.from("profiles").update({ notify_by_email: enabled }).eq("id", user.id);
  return { ok: true as const };
}

// Neighbour contact card opened from the member directory.
// ruleid: missing-input-validation
// ok: missing-auth
export async function getNeighbourContact(userId: string) {
  await requireUser();
  // ruleid: missing-authorization
  const { data } = await supabaseAdmin.from("profiles").select("full_name, phone, email").eq("id", userId).single();
  // ok: excessive-data-exposure
  return data;
}

// "I've been elected" button in the officer onboarding wizard.
// ruleid: missing-input-validation, missing-audit-log
// ok: missing-auth
export async function claimOfficerSeat(formData: FormData) {
  const user = await requireUser();
  const buildingId = formData.get("buildingId") as string;
  // ruleid: mass-assignment
  await supabaseAdmin.from("memberships").update({ role: formData.get("role") }).eq("user_id", user.id).eq("building_id", buildingId);
}

// Confirms the SMS code sent when a resident adds a phone number for emergency alerts.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function verifyPhone(code: string) {
  const user = await requireUser();
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return { ok: false };
  // ok: sql-injection
  const [row] = await sql<{ phone_otp: string | null }[]>`select phone_otp from profiles where id = ${user.id}`;
  // ruleid: timing-unsafe-comparison
  if (!row?.phone_otp || row.phone_otp !== code) return { ok: false };
  // ok: sql-injection
  await sql`update profiles set phone_verified_at = now(), phone_otp = null where id = ${user.id}`;
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyPhoneV2(code: string) {
  const user = await requireUser();
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return { ok: false };
  await checkRateLimit(`phone-otp:${user.id}`);
  // ok: sql-injection
  const [row] = await sql<{ phone_otp: string | null }[]>`select phone_otp from profiles where id = ${user.id}`;
  // ok: timing-unsafe-comparison
  if (!row?.phone_otp || !secureCompare(row.phone_otp, code)) return { ok: false };
  // ok: sql-injection
  await sql`update profiles set phone_verified_at = now(), phone_otp = null where id = ${user.id}`;
  return { ok: true };
}
