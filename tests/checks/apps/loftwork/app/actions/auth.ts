"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { authLimiter, mailLimiter, clientIp, checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { emailSchema, signInSchema, signUpSchema } from "@/lib/validation/common";

type FormState = { error?: string; ok?: boolean } | undefined;

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter a valid email and password." };

  const { success } = await authLimiter.limit(`signin:${await clientIp()}:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts. Try again in a minute." };

  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
    await auditLog(null, "auth.login.success", parsed.data.email);
  } catch (err) {
    await auditLog(null, "auth.login.failure", parsed.data.email);
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }
  redirect("/dashboard");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };

  await checkRateLimit(authLimiter, `signup:${await clientIp()}`);

  try {
    await auth.api.signUpEmail({ body: { name: parsed.data.name, email: parsed.data.email, password: parsed.data.password } });
  } catch (err) {
    if (err instanceof APIError && err.status === "UNPROCESSABLE_ENTITY") {
      // ok: information-disclosure
      return { error: "We couldn't create that account. If you already have one, sign in instead." };
    }
    logger.error("signup failed", { err: String(err) });
    // ok: information-disclosure
    return { error: "Something went wrong. Please try again." };
  }
  redirect("/verify-email");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = emailSchema.parse(formData.get("email"));
  const user = await db.selectFrom("user").select(["id"]).where("email", "=", email).executeTakeFirst();
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No Loftwork account uses that email address." };
  }
  await auth.api.forgetPassword({ body: { email, redirectTo: "/reset-password" } });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = formData.get("token");
  const newPassword = formData.get("password");
  // ok: timing-unsafe-comparison
  if (typeof token !== "string" || typeof newPassword !== "string" || newPassword.length < 10) {
    return { error: "Invalid reset link or password too short." };
  }
  const { success } = await authLimiter.limit(`reset:${await clientIp()}`);
  if (!success) return { error: "Too many attempts." };
  try {
    await auth.api.resetPassword({ body: { token, newPassword } });
  } catch {
    // ok: information-disclosure
    return { error: "This reset link is invalid or has expired." };
  }
  await auditLog(null, "auth.password_reset");
  redirect("/sign-in?reset=1");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function resendVerification(formData: FormData) {
  const email = emailSchema.parse(formData.get("email"));
  await checkRateLimit(mailLimiter, `verify:${email}`);
  await auth.api.sendVerificationEmail({ body: { email, callbackURL: "/dashboard" } });
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-audit-log, missing-input-validation // ok: missing-auth -- fixed in pass 40 (H): staff sign-in entry point exempted
export async function staffPinSignIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = emailSchema.safeParse(formData.get("email"));
  const password = formData.get("password");
  // ok: timing-unsafe-comparison
  if (!email.success || typeof password !== "string") return { error: "Invalid input" };

  const staff = await db.selectFrom("user").select(["id", "role"]).where("email", "=", email.data).executeTakeFirst();
  if (!staff || staff.role === "member") {
    // ruleid: information-disclosure
    return { error: "That email is not registered as front-desk staff." };
  }
  try {
    await auth.api.signInEmail({ body: { email: email.data, password }, headers: await headers() });
    await auditLog(staff.id, "auth.staff_login");
  } catch (e) {
    await auditLog(staff.id, "auth.staff_login_failed");
    // ok: information-disclosure
    return { error: "Sign-in failed." };
  }
  redirect("/front-desk");
}

export async function signOutAction() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}
