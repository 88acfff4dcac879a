"use server";

import * as v from "valibot";
import { auth } from "@/lib/auth";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { EmailSchema } from "@/lib/validation/valibot";
import { getUser } from "@/lib/data/members";
import { logSecurityEvent } from "@/lib/audit";
import type { ActionState } from "@/lib/wrappers";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = v.safeParse(EmailSchema, { email: formData.get("email") });
  if (!result.success) {
    return { error: "Enter a valid email" };
  }
  await checkRateLimit(`reset:${await clientIp()}`);
  await checkRateLimit(`reset:${result.output.email}`);
  await auth.api.forgetPassword({ body: { email: result.output.email, redirectTo: "/reset-password" } });
  // ok: information-disclosure
  return { success: "If an account exists for that address, we sent a reset link." };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function resendVerificationEmail(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = v.safeParse(EmailSchema, { email: formData.get("email") });
  if (!result.success) {
    return { error: "Enter a valid email" };
  }
  const user = await getUser(result.output.email);
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account is registered with that email" };
  }
  if (user.emailVerified) {
    // ruleid: information-disclosure
    return { error: "This email is already verified, just sign in" };
  }
  await auth.api.sendVerificationEmail({ body: { email: user.email, callbackURL: "/dashboard" } });
  return { success: "Verification email sent" };
}

const ResetSchema = v.object({
  token: v.pipe(v.string(), v.minLength(20)),
  password: v.pipe(v.string(), v.minLength(10), v.maxLength(200)),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const data = v.parse(ResetSchema, Object.fromEntries(formData));
  await checkRateLimit(`reset-confirm:${await clientIp()}`);
  try {
    await auth.api.resetPassword({ body: { token: data.token, newPassword: data.password } });
    await logSecurityEvent("password.reset", null, { via: "email-token" });
  } catch {
    // ok: information-disclosure
    return { error: "This reset link is invalid or has expired" };
  }
  return { success: "Password updated" };
}
