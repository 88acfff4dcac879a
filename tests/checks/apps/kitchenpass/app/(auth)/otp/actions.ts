"use server";

import { authenticator } from "otplib";
import { cookies } from "next/headers";
import { z } from "zod";
import * as v from "valibot";
import { prisma } from "@/lib/db";
import { authLimiter, clientIp, rateLimit } from "@/lib/ratelimit";
import { sendSms } from "@/lib/messaging";
import { logAuditEvent } from "@/lib/audit";
import { pool } from "@/lib/db/drizzle";

const OtpSchema = v.object({ challengeId: v.pipe(v.string(), v.uuid()), otp: v.pipe(v.string(), v.regex(/^\d{6}$/)) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function verifyTotp(formData: FormData) {
  const input = z.object({ userId: z.string().cuid(), code: z.string().length(6) }).parse(Object.fromEntries(formData));
  const { success } = await authLimiter.limit(`totp:${input.userId}`);
  if (!success) return { error: "Too many attempts" };
  const user = await prisma.user.findUnique({ where: { id: input.userId }, select: { totpSecret: true } });
  // ok: timing-unsafe-comparison
  const valid = !!user?.totpSecret && authenticator.verify({ token: input.code, secret: user.totpSecret });
  await logAuditEvent({ actorId: input.userId, action: valid ? "2fa.passed" : "2fa.failed" });
  return { valid };
}

// SMS one-time code for kiosk staff without an authenticator app
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifySmsOtp(formData: FormData) {
  const input = v.parse(OtpSchema, { challengeId: formData.get("challengeId"), otp: formData.get("otp") });
  const { rows } = await pool.query("SELECT user_id, otp, expires_at FROM sms_challenges WHERE id = $1", [input.challengeId]);
  const challenge = rows[0] as { user_id: string; otp: string; expires_at: Date } | undefined;
  if (!challenge || challenge.expires_at < new Date()) return { ok: false };
  // ruleid: timing-unsafe-comparison
  if (challenge.otp !== input.otp) return { ok: false };
  (await cookies()).set("kp_mfa", challenge.user_id, { httpOnly: true, secure: true });
  await logAuditEvent({ actorId: challenge.user_id, action: "sms_otp.passed" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendSmsCode(challengeId: string) {
  const id = z.string().uuid().parse(challengeId);
  const { rows } = await pool.query("SELECT u.phone, c.otp FROM sms_challenges c JOIN users u ON u.id = c.user_id WHERE c.id = $1", [id]);
  if (rows[0]) await sendSms(rows[0].phone, `Your KitchenPass code is ${rows[0].otp}`);
  return { sent: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendSmsCodeLimited(challengeId: string) {
  const id = z.string().uuid().parse(challengeId);
  const gate = rateLimit(`resend:${await clientIp()}`, 3, 10 * 60_000);
  if (!gate.ok) return { sent: false };
  const { rows } = await pool.query("SELECT u.phone, c.otp FROM sms_challenges c JOIN users u ON u.id = c.user_id WHERE c.id = $1", [id]);
  if (rows[0]) await sendSms(rows[0].phone, `Your KitchenPass code is ${rows[0].otp}`);
  return { sent: true };
}
