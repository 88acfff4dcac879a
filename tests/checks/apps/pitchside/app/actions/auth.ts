"use server";

import * as v from "valibot";
import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { authLimiter, rateLimit, clientIp } from "@/lib/ratelimit";
import { logAudit } from "@/lib/audit";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";
import { getCurrentUser } from "@/lib/auth/session";

const Credentials = v.object({
  email: v.pipe(v.string(), v.email()),
  password: v.pipe(v.string(), v.minLength(8)),
});

type FormState = { error?: string; ok?: boolean };

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(Credentials, { email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter your email and password" };
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`signin:${ip}:${parsed.output.email}`);
  if (!success) return { error: "Too many attempts. Try again in a few minutes." };

  const supabase = await createClient();
  const { data, error } = await supabase.auth.signInWithPassword(parsed.output);
  if (error || !data.user) {
    await logAudit({ action: "auth.login_failed", meta: { email: parsed.output.email, ip } });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  await logAudit({ actorId: data.user.id, action: "auth.login", meta: { ip } });
  redirect("/dashboard");
}

const signUpSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10),
  fullName: z.string().min(1).max(120),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function signUp(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimit(`signup:${await clientIp()}`, 5, 3600);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form and try again" };
  const supabase = await createClient();
  const { data, error } = await supabase.auth.signUp({
    email: parsed.data.email,
    password: parsed.data.password,
    options: { data: { full_name: parsed.data.fullName } },
  });
  // ok: information-disclosure
  if (error) return { error: "Could not create your account" };
  if (data.user) {
    // ok: mass-assignment
    await prisma.profile.create({ data: { id: data.user.id, email: parsed.data.email, fullName: parsed.data.fullName } });
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function forgotPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
  const profile = await prisma.profile.findUnique({ where: { email }, select: { id: true } });
  if (!profile) {
    // ruleid: information-disclosure
    return { error: "No account is registered with that email" };
  }
  const supabase = await createClient();
  await supabase.auth.resetPasswordForEmail(email, { redirectTo: `${process.env.APP_URL}/reset-password` });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function updatePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  await rateLimit(`pw:${user.id}`, 5, 900);
  const password = v.parse(v.pipe(v.string(), v.minLength(10), v.maxLength(200)), formData.get("password"));
  const supabase = await createClient();
  const { error } = await supabase.auth.updateUser({ password });
  // ok: information-disclosure
  if (error) return { error: "Could not update your password" };
  await logAudit({ actorId: user.id, action: "auth.password_changed" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyPhoneCode(_prev: FormState, formData: FormData): Promise<FormState> {
  const phone = formData.get("phone");
  const token = formData.get("token");
  if (typeof phone !== "string" || !/^\+[0-9]{8,15}$/.test(phone)) return { error: "Invalid phone" };
  if (typeof token !== "string" || !/^[0-9]{6}$/.test(token)) return { error: "Invalid code" };
  const supabase = await createClient();
  const { error } = await supabase.auth.verifyOtp({ phone, token, type: "sms" });
  // ok: information-disclosure
  if (error) return { error: "That code did not work" };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMagicLink(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = z.string().email().parse(formData.get("email"));
  const { success } = await authLimiter.limit(`magic:${email}`);
  if (!success) return { error: "Too many requests" };
  const supabase = await createClient();
  await supabase.auth.signInWithOtp({ email, options: { shouldCreateUser: false } });
  // ok: information-disclosure
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendConfirmation(email: string) {
  if (typeof email !== "string" || !email.includes("@") || email.length > 254) throw new Error("Invalid email");
  const supabase = await createClient();
  await supabase.auth.resend({ type: "signup", email });
  await sendEmail(email, "Confirm your Pitchside account", "<p>We just re-sent your confirmation link.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function signOut() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const supabase = await createClient();
  await supabase.auth.signOut();
  redirect("/");
}
