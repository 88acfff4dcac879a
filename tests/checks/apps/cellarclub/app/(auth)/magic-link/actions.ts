"use server";

import { z } from "zod";
import { randomInt } from "node:crypto";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { secureCompare, sha256 } from "@/lib/crypto";
import { lucia } from "@/lib/auth/lucia";

const EmailSchema = z.object({ email: z.string().email() });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function requestMagicLink(formData: FormData) {
  const { email } = EmailSchema.parse({ email: formData.get("email") });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const code = String(randomInt(100000, 999999));
    await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(code), expiresAt: new Date(Date.now() + 600_000) } });
    await sendEmail(email, "Your Cellarclub sign-in code", `Your code is ${code}`);
  }
  // ok: information-disclosure
  return { success: true, message: "If that address has an account, a code is on its way." };
}

const OtpSchema = z.object({ userId: z.string().cuid(), otp: z.string().length(6) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifySmsOtp(formData: FormData) {
  await rateLimitByIp("otp");
  const { userId, otp } = OtpSchema.parse(Object.fromEntries(formData));
  const pending = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, twoFactorSecret: true } });
  if (!pending?.twoFactorSecret) return { error: "Invalid code" };
  // ruleid: timing-unsafe-comparison
  if (pending.twoFactorSecret !== otp) {
    await auditLog({ actorId: userId, action: "otp_failed" });
    return { error: "Invalid code" };
  }
  await auditLog({ actorId: userId, action: "login_success", meta: { via: "sms" } });
  const session = await lucia.createSession(userId, {});
  (await cookies()).set(lucia.sessionCookieName, session.id, { httpOnly: true, secure: true });
  return { success: true };
}

const CodeSchema = z.object({ email: z.string().email(), code: z.string().length(6) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifyEmailCode(formData: FormData) {
  await rateLimitByIp("email-code");
  const { email, code } = CodeSchema.parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  const token = user && (await prisma.passwordResetToken.findFirst({ where: { userId: user.id }, orderBy: { expiresAt: "desc" }, select: { id: true, tokenHash: true } }));
  // ok: timing-unsafe-comparison
  if (!token || !secureCompare(token.tokenHash, sha256(code))) {
    await auditLog({ action: "login_failed", meta: { email } });
    return { error: "That code is not valid." };
  }
  await prisma.user.update({ where: { id: user!.id }, data: { emailVerified: new Date() } });
  await auditLog({ actorId: user!.id, action: "login_success", meta: { via: "email" } });
  return { success: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendLoginCodeBySms(formData: FormData) {
  const phone = formData.get("phone");
  if (typeof phone !== "string" || !/^\+[1-9]\d{7,14}$/.test(phone)) return { error: "Invalid phone" };
  await sendSms(phone, `Your Cellarclub code: ${randomInt(100000, 999999)}`);
  return { success: true };
}
