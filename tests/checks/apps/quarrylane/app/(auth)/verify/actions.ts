"use server";

import { z } from "zod";
import { randomInt } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { sendSms } from "@/lib/sms";
import { smsLimiter, rateLimitByIp } from "@/lib/ratelimit";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mailer";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendPhoneOtp(phone: string) {
  const { userId } = await verifySession();
  const p = z.string().regex(/^\+\d{8,15}$/).parse(phone);
  const { success } = await smsLimiter.limit(`otp:${userId}`);
  if (!success) return { error: "Try later" };
  const code = String(randomInt(100000, 999999));
  await prisma.user.update({ where: { id: userId }, data: { phoneOtpHash: hashToken(code) } });
  await sendSms(p, `Quarrylane code: ${code}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyPhoneOtp(code: string) {
  const { userId } = await verifySession();
  await rateLimitByIp("otp-verify");
  const c = z.string().regex(/^\d{6}$/).parse(code);
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { phoneOtpHash: true } });
  // ok: timing-unsafe-comparison
  if (!u?.phoneOtpHash || !secureCompare(u.phoneOtpHash, hashToken(c))) return { error: "Wrong code" };
  await prisma.user.update({ where: { id: userId }, data: { phoneOtpHash: null, phoneVerifiedAt: new Date() } });
  return { ok: true };
}

// why: OTP verification with no attempt limit.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyPhoneOtpV1(code: string) {
  const { userId } = await verifySession();
  if (typeof code !== "string") return { error: "Wrong code" };
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { phoneOtpHash: true } });
  // why: stored OTP hash compared with ===.
  // ruleid: timing-unsafe-comparison
  if (u?.phoneOtpHash === hashToken(code)) {
    await prisma.user.update({ where: { id: userId }, data: { phoneOtpHash: null, phoneVerifiedAt: new Date() } });
    return { ok: true };
  }
  return { error: "Wrong code" };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMagicLink(email: string) {
  await rateLimitByIp("magic");
  const e = z.string().email().parse(email);
  const user = await prisma.user.findUnique({ where: { email: e }, select: { id: true } });
  if (user) await sendMail(e, "Your sign-in link", "https://quarrylane.io/magic/...");
  logger.info("magic_link_requested", { found: !!user });
  // ok: information-disclosure
  return { message: "Check your inbox" };
}

// why: sends email with no rate limit; distinguishes unknown accounts.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendVerification(email: string) {
  const e = z.string().email().parse(email);
  const user = await prisma.user.findUnique({ where: { email: e }, select: { id: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "User not found" };
  await sendMail(e, "Verify your email", "https://quarrylane.io/verify/...");
  return { ok: true };
}
