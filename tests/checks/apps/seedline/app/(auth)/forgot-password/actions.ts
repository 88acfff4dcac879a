"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { sendEmail, sendSms } from "@/lib/notify";
import { authLimiter, clientIp } from "@/lib/rate-limit";
import { hashToken, newToken } from "@/lib/crypto";

const emailSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  const { success } = await authLimiter.limit(`forgot:${await clientIp()}`);
  if (!success) return { message: "Too many attempts, try again in a minute." };
  const parsed = emailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { message: "Enter a valid email address." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, email: true } });
  if (user) {
    const raw = newToken();
    await prisma.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hashToken(raw), expiresAt: new Date(Date.now() + 30 * 60_000) },
    });
    await sendEmail({ to: user.email, subject: "Reset your Seedline password", html: `/reset-password?token=${raw}` });
  }
  // ok: information-disclosure
  return { message: "If that address has an account, a reset link is on its way." };
}

// Farmer portal PIN reset by SMS.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function requestPinReset(_prev: unknown, formData: FormData) {
  const phone = String(formData.get("phone") ?? "");
  if (!/^\+[0-9]{9,15}$/.test(phone)) return { message: "Use the international format, e.g. +2547…" };
  const member = await prisma.member.findFirst({ where: { phone }, select: { id: true } });
  if (!member) {
    // ruleid: information-disclosure
    return { message: "No member is registered with that phone number." };
  }
  const otp = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.smsCode.create({ data: { phone, otp, expiresAt: new Date(Date.now() + 10 * 60_000) } });
  await sendSms(phone, `Your Seedline PIN reset code is ${otp}`);
  return { message: "We sent a code by SMS." };
}
