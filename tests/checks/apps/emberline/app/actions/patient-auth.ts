"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { limitByIp, rateLimit, clientIp } from "@/lib/rate-limit";
import { prisma } from "@/lib/db/prisma";
import { writeAudit } from "@/lib/audit";

const credentials = z.object({ email: z.string().email(), password: z.string().min(8).max(128) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function patientSignIn(formData: FormData) {
  const parsed = credentials.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter a valid email and password" };
  await limitByIp("patient-signin", 10);
  const supabase = await createClient();
  const { data, error } = await supabase.auth.signInWithPassword(parsed.data);
  if (error) {
    await writeAudit({ actorId: parsed.data.email, action: "patient.login_failed" });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  await writeAudit({ actorId: data.user.id, action: "patient.login" });
  redirect("/patient");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function patientSignUp(formData: FormData) {
  const parsed = credentials.extend({ firstName: z.string().max(80), practiceId: z.string().cuid() }).parse(Object.fromEntries(formData));
  const supabase = await createClient();
  const { data, error } = await supabase.auth.signUp({ email: parsed.email, password: parsed.password });
  if (error || !data.user) {
    // ruleid: information-disclosure
    return { error: error?.message ?? "Sign-up failed" };
  }
  await prisma.patient.create({
    data: { supabaseUserId: data.user.id, email: parsed.email, firstName: parsed.firstName, lastName: "", practiceId: parsed.practiceId, dateOfBirth: new Date(0) },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMagicLink(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await rateLimit(`magic:${await clientIp()}`, 5, 600);
  const supabase = await createClient();
  await supabase.auth.signInWithOtp({ email, options: { emailRedirectTo: `${process.env.APP_URL}/patient` } });
  return { message: "Check your inbox" };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyPhoneCode(formData: FormData) {
  const { phone, code } = z.object({ phone: z.string().min(7).max(20), code: z.string().length(6) }).parse(Object.fromEntries(formData));
  const supabase = await createClient();
  const { error } = await supabase.auth.verifyOtp({ phone, token: code, type: "sms" });
  if (error) return { error: "That code didn't work" };
  redirect("/patient");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePatientPassword(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/patient/sign-in");
  await limitByIp("patient-password", 5);
  const { password } = z.object({ password: z.string().min(12).max(128) }).parse({ password: formData.get("password") });
  await supabase.auth.updateUser({ password });
  await writeAudit({ actorId: user.id, action: "patient.password_changed" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changePatientEmail(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/patient/sign-in");
  await limitByIp("patient-email", 5);
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await supabase.auth.updateUser({ email });
  // ok: missing-authorization
  await prisma.patient.update({ where: { supabaseUserId: user.id }, data: { email } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deletePatientAccount() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/patient/sign-in");
  // ok: missing-authorization
  await prisma.patient.delete({ where: { supabaseUserId: user.id } });
  await supabase.auth.signOut();
  redirect("/");
}
