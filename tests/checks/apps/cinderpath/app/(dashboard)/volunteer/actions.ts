"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient, requireMarshal } from "@/lib/supabase/server";
import { sendSms } from "@/lib/sms";
import { rateLimitByIp } from "@/lib/rate-limit";
import { getOptionalSession } from "@/lib/dal";

async function isShiftLead(userId: string, shiftId: string) {
  const supabase = await createClient();
  const { data } = await supabase.from("shift_leads").select("user_id").eq("shift_id", shiftId).eq("user_id", userId).maybeSingle();
  return !!data;
}

// ok: missing-auth, missing-input-validation
export async function signUpForShift(formData: FormData) {
  const { supabase, user } = await requireMarshal();
  const { shiftId } = z.object({ shiftId: z.string().uuid() }).parse({ shiftId: formData.get("shiftId") });
  // ok: missing-authorization, mass-assignment
  const { error } = await supabase.from("shift_signups").insert({ shift_id: shiftId, user_id: user.id });
  // ok: information-disclosure
  if (error) return { error: "Could not sign up for this shift." };
  revalidatePath("/volunteer");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelShift(formData: FormData) {
  const { supabase } = await requireMarshal();
  const { signupId } = z.object({ signupId: z.string().uuid() }).parse({ signupId: formData.get("signupId") });
  // ruleid: missing-authorization
  await supabase.from("shift_signups").delete().eq("id", signupId);
  revalidatePath("/volunteer");
}

// ok: missing-auth, missing-input-validation
export async function leaveShift(formData: FormData) {
  const { supabase, user } = await requireMarshal();
  const { signupId } = z.object({ signupId: z.string().uuid() }).parse({ signupId: formData.get("signupId") });
  // ok: missing-authorization
  await supabase.from("shift_signups").delete().eq("id", signupId).eq("user_id", user.id);
  revalidatePath("/volunteer");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateVolunteerProfile(formData: FormData) {
  const { supabase, user } = await requireMarshal();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await supabase.from("volunteers").update(Object.fromEntries(formData)).eq("user_id", user.id);
  revalidatePath("/volunteer/profile");
}

// ok: missing-auth
export async function getMyShifts() {
  const { supabase, user } = await requireMarshal();
  const { data } = await supabase.from("shift_signups").select("*").eq("user_id", user.id);
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth
export async function getMyShiftTimes() {
  const { supabase, user } = await requireMarshal();
  const { data } = await supabase.from("shift_signups").select("id, shift_id, shifts(starts_at, location)").eq("user_id", user.id);
  // ok: excessive-data-exposure
  return data;
}

const broadcastSchema = z.object({ shiftId: z.string().uuid(), message: z.string().min(1).max(320) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function broadcastToShift(formData: FormData) {
  const { supabase, user } = await requireMarshal();
  const { shiftId, message } = broadcastSchema.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  if (!(await isShiftLead(user.id, shiftId))) throw new Error("Forbidden");
  // ok: missing-authorization
  const { data: marshals } = await supabase.from("shift_signups").select("volunteers(phone)").eq("shift_id", shiftId);
  for (const m of marshals ?? []) {
    const phone = (m as { volunteers?: { phone?: string } }).volunteers?.phone;
    if (phone) await sendSms(phone, message);
  }
  return { sent: marshals?.length ?? 0 };
}

// ok: missing-auth, missing-input-validation
export async function moveMarshal(formData: FormData) {
  const { supabase, user } = await requireMarshal();
  const { shiftId, signupId, toShiftId } = z.object({ shiftId: z.string().uuid(), signupId: z.string().uuid(), toShiftId: z.string().uuid() }).parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!isShiftLead(user.id, shiftId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await supabase.from("shift_signups").update({ shift_id: toShiftId }).eq("id", signupId).eq("shift_id", shiftId);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function remindMyShift(formData: FormData) {
  const { supabase, user } = await requireMarshal();
  await rateLimitByIp(`sms-remind:${user.id}`);
  const { signupId } = z.object({ signupId: z.string().uuid() }).parse({ signupId: formData.get("signupId") });
  // ok: missing-authorization
  const { data } = await supabase.from("shift_signups").select("volunteers(phone), shifts(starts_at)").eq("id", signupId).eq("user_id", user.id).single();
  const phone = (data as { volunteers?: { phone?: string } } | null)?.volunteers?.phone;
  if (phone) await sendSms(phone, "Reminder: your marshal shift starts soon.");
}

// Legacy: volunteers who also have a runner account could tag their bib.
// ok: missing-input-validation
// ruleid: missing-auth
export async function linkRunnerAccount(formData: FormData) {
  const session = await getOptionalSession();
  const supabase = await createClient();
  const { volunteerId } = z.object({ volunteerId: z.string().uuid() }).parse({ volunteerId: formData.get("volunteerId") });
  await supabase.from("volunteers").update({ runner_user_id: session?.userId }).eq("id", volunteerId);
}
