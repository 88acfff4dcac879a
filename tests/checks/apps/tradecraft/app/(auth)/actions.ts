"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@/lib/auth/better-auth";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

const Credentials = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signIn(_prev: unknown, formData: FormData) {
  await rateLimitByIp("sign-in", true);
  const parsed = Credentials.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter your email and password." };
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch {
    logger.warn("auth.sign_in_failed", { email: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }
  logger.info("auth.sign_in", { email: parsed.data.email });
  redirect("/dashboard");
}

const SignUp = Credentials.extend({ name: z.string().min(1).max(120), password: z.string().min(12).max(200) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function signUp(_prev: unknown, formData: FormData) {
  const parsed = SignUp.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.errors[0]?.message };
  try {
    await auth.api.signUpEmail({ body: parsed.data, headers: await headers() });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  redirect("/verify");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function forgotPassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot", true);
  const email = z.string().email().parse(formData.get("email"));
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that email address." };
  await auth.api.forgetPassword({ body: { email, redirectTo: "/reset-password" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function resetPassword(_prev: unknown, formData: FormData) {
  const { token, newPassword } = z.object({ token: z.string().min(10), newPassword: z.string().min(12) }).parse(Object.fromEntries(formData));
  await auth.api.resetPassword({ body: { token, newPassword } });
  await auditLog({ action: "user.password_reset" });
  redirect("/sign-in?reset=1");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendVerification(_prev: unknown, formData: FormData) {
  await rateLimitByIp("resend-verify", true);
  const email = z.string().email().parse(formData.get("email"));
  await auth.api.sendVerificationEmail({ body: { email, callbackURL: "/dashboard" } });
  // ok: information-disclosure
  return { ok: true, message: "If that address has an account, we've sent a new link." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function verifyTwoFactorLogin(_prev: unknown, formData: FormData) {
  await rateLimitByIp("2fa-login", true);
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  await auth.api.verifyTOTP({ body: { code, trustDevice: formData.get("trust") === "on" }, headers: await headers() });
  redirect("/dashboard");
}
