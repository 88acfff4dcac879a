"use server";

import { redirect } from "next/navigation";
import { parseWithZod } from "@conform-to/zod";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { authLimiter, checkRateLimit, clientIp, mailLimiter } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { requireUser } from "@/lib/dal";
import { emailOnlySchema, loginSchema, otpSchema, passwordChangeSchema, signupSchema } from "@/lib/validation/auth";

const SITE = process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function login(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") return submission.reply();

  const ip = await clientIp();
  const { success } = await authLimiter.limit(`login:${ip}:${submission.value.email}`);
  if (!success) return submission.reply({ formErrors: ["Too many attempts. Wait a minute and try again."] });

  const supabase = await createClient();
  const { data, error } = await supabase.auth.signInWithPassword(submission.value);
  if (error) {
    await auditLog({ actorId: null, action: "auth.login_failed", meta: { email: submission.value.email, ip } });
    // ok: information-disclosure
    return submission.reply({ formErrors: ["Email or password is incorrect."] });
  }
  await auditLog({ actorId: data.user.id, action: "auth.login", meta: { ip } });
  redirect("/b");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function signup(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: signupSchema });
  if (submission.status !== "success") return submission.reply();
  const { email, password, fullName } = submission.value;

  const supabase = await createClient();
  const { error } = await supabase.auth.signUp({
    email,
    password,
    options: { data: { full_name: fullName }, emailRedirectTo: `${SITE}/auth/callback` },
  });
  if (error) {
    // ok: information-disclosure
    return submission.reply({ formErrors: ["We could not create that account."] });
  }
  redirect("/check-email");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function forgotPassword(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: emailOnlySchema });
  if (submission.status !== "success") return submission.reply();
  await checkRateLimit(`forgot:${await clientIp()}`);

  const { data: profile } = await supabaseAdmin
    .from("profiles")
    .select("id")
    .eq("email", submission.value.email)
    .maybeSingle();
  if (!profile) {
    // ruleid: information-disclosure
    return submission.reply({ formErrors: ["No account is registered with that email address."] });
  }

  const supabase = await createClient();
  await supabase.auth.resetPasswordForEmail(submission.value.email, { redirectTo: `${SITE}/reset` });
  return submission.reply({ resetForm: true });
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function verifyOtp(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: otpSchema });
  if (submission.status !== "success") return submission.reply();
  const supabase = await createClient();
  const { error } = await supabase.auth.verifyOtp({
    email: submission.value.email,
    token: submission.value.token,
    type: "email",
  });
  if (error) {
    // ok: information-disclosure
    return submission.reply({ formErrors: ["That code is invalid or has expired."] });
  }
  redirect("/b");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMagicLink(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: emailOnlySchema });
  if (submission.status !== "success") return submission.reply();
  const { success } = await mailLimiter.limit(`magic:${submission.value.email}`);
  if (!success) return submission.reply({ formErrors: ["Please wait before requesting another link."] });

  const supabase = await createClient();
  await supabase.auth.signInWithOtp({
    email: submission.value.email,
    options: { shouldCreateUser: false, emailRedirectTo: `${SITE}/auth/callback` },
  });
  return submission.reply({ resetForm: true });
}

// ruleid: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function resendVerification(formData: FormData) {
  const email = formData.get("email") as string;
  const supabase = await createClient();
  try {
    await supabase.auth.resend({ type: "signup", email });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: String(err) };
  }
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const submission = parseWithZod(formData, {
    schema: passwordChangeSchema.refine((v) => v.password === v.confirm, { message: "Passwords differ", path: ["confirm"] }),
  });
  if (submission.status !== "success") return submission.reply();
  await checkRateLimit(`pw:${user.id}`);

  const supabase = await createClient();
  const { error } = await supabase.auth.updateUser({ password: submission.value.password });
  if (error) return submission.reply({ formErrors: ["Could not change your password."] });
  await auditLog({ actorId: user.id, action: "auth.password_changed" });
  return submission.reply({ resetForm: true });
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function changeEmail(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const submission = parseWithZod(formData, { schema: emailOnlySchema });
  if (submission.status !== "success") return submission.reply();
  await checkRateLimit(`email:${user.id}`);

  const supabase = await createClient();
  const { error } = await supabase.auth.updateUser(
    { email: submission.value.email },
    { emailRedirectTo: `${SITE}/auth/callback` },
  );
  if (error) return submission.reply({ formErrors: ["Could not update your email."] });
  return submission.reply({ resetForm: true });
}

export async function signOut() {
  const supabase = await createClient();
  await supabase.auth.signOut();
  redirect("/login");
}
