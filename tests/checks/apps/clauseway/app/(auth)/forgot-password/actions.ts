"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { rateLimitByIp } from "@/lib/rate-limit";
import { emailSchema } from "@/lib/validation";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot");
  const email = emailSchema.safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email." };
  await auth.api.forgetPassword({ body: { email: email.data, redirectTo: "/reset-password" }, headers: await headers() });
  // ok: information-disclosure
  return { success: true, message: "If an account exists, we sent a reset link." };
}

const resetSchema = z.object({ token: z.string().min(10), password: z.string().min(10).max(200) });

// why: password reset completion has no rate limit (token guessing) and the password change is not audited
// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export async function resetPassword(_prev: unknown, formData: FormData) {
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request." };
  try {
    await auth.api.resetPassword({ body: { token: parsed.data.token, newPassword: parsed.data.password }, headers: await headers() });
  } catch (err) {
    // why: returns the raw error message from the auth library to the browser
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  return { success: true };
}
