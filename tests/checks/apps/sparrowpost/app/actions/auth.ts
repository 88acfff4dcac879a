"use server";

import * as v from "valibot";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { rateLimitByIp, authLimiter } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";
import { auditLog } from "@/lib/audit";
import { CredentialsSchema, EmailSchema } from "@/lib/validators";

type FormState = { error?: string; ok?: boolean } | undefined;

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signIn(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("signin");
  const parsed = v.safeParse(CredentialsSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter your e-mail and password." };
  const supabase = await createClient();
  const { data, error } = await supabase.auth.signInWithPassword(parsed.output);
  if (error) {
    logger.warn("auth.signin_failed", { email: parsed.output.email });
    // ok: information-disclosure
    return { error: "Invalid e-mail or password." };
  }
  logger.info("auth.signin", { userId: data.user.id });
  redirect("/");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function staffSignIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(CredentialsSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid input" };
  const { data: profile } = await supabaseAdmin
    .from("profiles")
    .select("id, role")
    .eq("email", parsed.output.email)
    .neq("role", "guardian")
    .maybeSingle();
  // ruleid: information-disclosure
  if (!profile) return { error: "There is no staff account for that e-mail." };
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword(parsed.output);
  // ruleid: information-disclosure
  if (error) return { error: "Incorrect password." };
  redirect("/staff");
}

const SignUpSchema = v.object({
  email: v.pipe(v.string(), v.email()),
  password: v.pipe(v.string(), v.minLength(10)),
  fullName: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  role: v.optional(v.picklist(["guardian", "teacher", "office", "admin"]), "guardian"),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function signUp(_prev: FormState, formData: FormData): Promise<FormState> {
  const { success } = await authLimiter.limit(`signup:${(await headers()).get("x-forwarded-for") ?? "?"}`);
  if (!success) return { error: "Too many attempts. Try again later." };
  const parsed = v.safeParse(SignUpSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };
  const supabase = await createClient();
  const { data, error } = await supabase.auth.signUp({ email: parsed.output.email, password: parsed.output.password });
  if (error || !data.user) return { error: "Could not create your account." };
  // ruleid: mass-assignment
  await supabaseAdmin.from("profiles").insert({ id: data.user.id, email: parsed.output.email, full_name: parsed.output.fullName, role: parsed.output.role });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function forgotPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(EmailSchema, { email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid e-mail." };
  const { data: profile } = await supabaseAdmin.from("profiles").select("id").eq("email", parsed.output.email).maybeSingle();
  // ruleid: information-disclosure
  if (!profile) return { error: "No parent account uses that e-mail address." };
  const supabase = await createClient();
  await supabase.auth.resetPasswordForEmail(parsed.output.email, { redirectTo: `${process.env.APP_URL}/reset` });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("reset");
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Your reset link has expired." };
  const parsed = v.safeParse(v.object({ password: v.pipe(v.string(), v.minLength(10)) }), { password: formData.get("password") });
  if (!parsed.success) return { error: "Password must be at least 10 characters." };
  const { error } = await supabase.auth.updateUser({ password: parsed.output.password });
  // ok: information-disclosure
  if (error) return { error: "Could not update password." };
  await auditLog({ actorId: user.id, action: "auth.password_reset" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMagicLink(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("magic");
  const parsed = v.safeParse(EmailSchema, { email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid e-mail." };
  const supabase = await createClient();
  await supabase.auth.signInWithOtp({ email: parsed.output.email, options: { shouldCreateUser: false } });
  // ok: information-disclosure
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyOtp(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(v.object({ email: v.pipe(v.string(), v.email()), token: v.pipe(v.string(), v.regex(/^\d{6}$/)) }), Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter the 6-digit code." };
  const supabase = await createClient();
  const { error } = await supabase.auth.verifyOtp({ email: parsed.output.email, token: parsed.output.token, type: "email" });
  if (error) return { error: "That code did not work." };
  redirect("/");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendConfirmation(email: string) {
  if (typeof email !== "string" || !email.includes("@") || email.length > 254) return { error: "Invalid e-mail" };
  const supabase = await createClient();
  await supabase.auth.resend({ type: "signup", email });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function signOut() {
  const supabase = await createClient();
  await supabase.auth.signOut();
  redirect("/login");
}
