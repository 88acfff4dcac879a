"use server";

import * as v from "valibot";
import { randomBytes } from "node:crypto";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { requireUser, getCurrentUser } from "@/lib/dal";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { hashToken } from "@/lib/secure-compare";
import { EmailSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  await rateLimitByIp(`pw:${user.id}`);
  const parsed = v.safeParse(v.object({ current: v.string(), next: v.pipe(v.string(), v.minLength(10)) }), Object.fromEntries(formData));
  if (!parsed.success) return { error: "New password must be at least 10 characters." };
  const supabase = await createClient();
  const { error: reauth } = await supabase.auth.signInWithPassword({ email: user.email!, password: parsed.output.current });
  // ok: information-disclosure
  if (reauth) return { error: "Current password is incorrect." };
  await supabase.auth.updateUser({ password: parsed.output.next });
  await auditLog({ actorId: user.id, action: "account.password_changed" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function changeEmail(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = v.safeParse(EmailSchema, { email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid e-mail." };
  const supabase = await createClient();
  try {
    const { error } = await supabase.auth.updateUser({ email: parsed.output.email });
    if (error) throw error;
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  return { ok: true, userId: user.id };
}

// ok: missing-auth, missing-input-validation
export async function updateNotificationPrefs(prefs: Record<string, boolean>) {
  const user = await requireUser();
  const parsed = v.parse(v.object({ announcements: v.boolean(), slips: v.boolean(), messages: v.boolean(), sms: v.optional(v.boolean(), false) }), prefs);
  const supabase = await createClient();
  // ok: mass-assignment, missing-authorization
  await supabase.from("profiles").update({ notification_prefs: parsed }).eq("id", user.id);
}

// ok: missing-auth, missing-input-validation
export async function getMyProfile() {
  const user = await requireUser();
  const supabase = await createClient();
  const { data } = await supabase.from("profiles").select("*").eq("id", user.id).single();
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function getMyProfileSummary() {
  const user = await requireUser();
  const supabase = await createClient();
  const { data } = await supabase.from("profiles").select("full_name, email, phone, notification_prefs").eq("id", user.id).single();
  // ok: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateCalendarToken() {
  const user = await requireUser();
  const token = randomBytes(24).toString("hex");
  // ok: missing-authorization, mass-assignment
  await supabaseAdmin.from("profiles").update({ calendar_feed_token: token }).eq("id", user.id);
  await auditLog({ actorId: user.id, action: "account.calendar_token_rotated" });
  return { url: `${process.env.APP_URL}/api/ical/${token}` };
}

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export async function setKioskPin(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  await rateLimitByIp(`pin:${user.id}`);
  const pin = v.parse(v.pipe(v.string(), v.regex(/^\d{4,6}$/)), formData.get("pin"));
  // ok: missing-authorization
  await supabaseAdmin.from("profiles").update({ kiosk_pin_hash: hashToken(pin) }).eq("id", user.id);
  await auditLog({ actorId: user.id, action: "account.kiosk_pin_set" });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function updateDisplayName(name: string) {
  const clean = v.parse(v.pipe(v.string(), v.trim(), v.maxLength(120)), name);
  const user = await getCurrentUser();
  const supabase = await createClient();
  await supabase.from("profiles").update({ full_name: clean }).eq("id", user?.id ?? "");
}

// ok: missing-auth, missing-input-validation
export async function updateProfileFields(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = v.parse(v.looseObject({ full_name: v.pipe(v.string(), v.maxLength(120)) }), Object.fromEntries(formData));
  const supabase = await createClient();
  // ruleid: mass-assignment
  await supabase.from("profiles").update(parsed).eq("id", user.id);
  return { ok: true };
}
