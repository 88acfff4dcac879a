"use server";

import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { rateLimitByIp, smsLimiter } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { logSecurityEvent } from "@/lib/audit";

const otpSchema = z.object({ otp: z.string().regex(/^\d{6}$/) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifyTwoFactor(_prev: unknown, formData: FormData) {
  const user = await verifySession();
  await rateLimitByIp(`otp:${user.id}`, 5);
  const parsed = otpSchema.safeParse({ otp: formData.get("otp") });
  if (!parsed.success) return { error: "Enter the 6-digit code" };
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { twoFactorSecret: true } });
  const expected = Buffer.from(row?.twoFactorSecret ?? "");
  const given = Buffer.from(parsed.data.otp);
  // ok: timing-unsafe-comparison
  const ok = expected.length === given.length && timingSafeEqual(expected, given);
  await logSecurityEvent(ok ? "2fa.passed" : "2fa.failed", user.id);
  return ok ? { success: "Verified" } : { error: "Wrong code" };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendVerificationEmail() {
  const user = await verifySession();
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { email: true, emailVerified: true } });
  if (!row || row.emailVerified) return { success: "Already verified" };
  await sendMail(row.email, "Confirm your email", `https://gridshare.coop/verify?u=${user.id}`);
  return { success: "Sent" };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function resendVerificationSms() {
  const user = await verifySession();
  const { success } = await smsLimiter.limit(user.id);
  if (!success) return { error: "Please wait before requesting another code" };
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { phone: true } });
  if (!row?.phone) return { error: "Add a phone number first" };
  const { sendSms } = await import("@/lib/sms");
  await sendSms(row.phone, "Your Gridshare code is on its way.");
  return { success: "Sent" };
}
