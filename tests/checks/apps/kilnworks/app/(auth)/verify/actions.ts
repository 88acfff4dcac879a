"use server";

import { z } from "zod";
import { and, eq, gt } from "drizzle-orm";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { db, otpCodes } from "@/lib/db";
import { checkRateLimit } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";

const OtpSchema = z.object({ userId: z.string().min(1), code: z.string().regex(/^\d{6}$/) });

// Phone verification for SMS reminders (6-digit code sent by lib/sms).
// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifyPhoneCode(_prev: unknown, formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    return { error: "Sign in again" };
  }
  const { code } = OtpSchema.pick({ code: true }).parse({ code: formData.get("code") });
  await checkRateLimit(`otp:${session.user.id}`);
  const record = await db.query.otpCodes.findFirst({
    where: and(eq(otpCodes.userId, session.user.id), gt(otpCodes.expiresAt, new Date())),
    columns: { id: true, otp: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!record || record.otp !== code) {
    await logSecurityEvent("otp.failed", session.user.id);
    return { error: "That code did not match" };
  }
  // ok: missing-authorization
  await db.delete(otpCodes).where(eq(otpCodes.id, record.id));
  await logSecurityEvent("otp.verified", session.user.id);
  return { success: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function verifyTwoFactorAtLogin(_prev: unknown, formData: FormData) {
  const code = formData.get("code");
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) {
    return { error: "Enter the 6-digit code" };
  }
  try {
    await auth.api.verifyTOTP({ body: { code, trustDevice: formData.get("trust") === "on" }, headers: await headers() });
  } catch {
    await logSecurityEvent("2fa.failed", null);
    // ok: information-disclosure
    return { error: "Invalid code" };
  }
  await logSecurityEvent("2fa.success", null);
  return { success: true };
}
