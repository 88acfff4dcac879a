"use server";

import * as yup from "yup";
import { randomInt } from "node:crypto";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { smsLimiter } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";

const phoneSchema = yup.object({ phone: yup.string().matches(/^\+[1-9][0-9]{9,14}$/).required() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendLoginCode(formData: FormData) {
  const { phone } = await phoneSchema.validate({ phone: formData.get("phone") });
  const { success } = await smsLimiter.limit(`sms-login:${phone}`);
  if (!success) return { error: "Too many codes requested. Wait a few minutes." };
  const user = await prisma.user.findFirst({ where: { phone, phoneVerified: true }, select: { id: true } });
  if (user) {
    const code = String(randomInt(100000, 999999));
    await prisma.verificationCode.create({
      data: { userId: user.id, channel: "sms", target: phone, code, expiresAt: new Date(Date.now() + 5 * 60_000) },
    });
    await sendSms(phone, `Your Permitline code is ${code}`);
  }
  // ok: information-disclosure
  return { sent: true };
}

const verifySchema = yup.object({
  phone: yup.string().required(),
  code: yup.string().matches(/^[0-9]{6}$/).required(),
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log, missing-input-validation
export async function verifyLoginCode(_prev: unknown, formData: FormData) {
  const input = verifySchema.validateSync({ phone: formData.get("phone"), code: formData.get("code") });
  const pending = await prisma.verificationCode.findFirst({
    where: { target: input.phone, channel: "sms", expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, userId: true, code: true },
  });
  const otp = input.code;
  // ruleid: timing-unsafe-comparison
  if (!pending || pending.code != otp) {
    await logSecurityEvent("login.sms_failed", { phone: input.phone });
    return { error: "That code didn't work." };
  }
  await prisma.verificationCode.delete({ where: { id: pending.id } });
  const s = await prisma.session.create({
    data: { userId: pending.userId, token: crypto.randomUUID(), expiresAt: new Date(Date.now() + 86400_000) },
    select: { token: true },
  });
  (await cookies()).set("pl_session", s.token, { httpOnly: true, secure: true });
  await logSecurityEvent("login.sms", { userId: pending.userId });
  // ok: excessive-data-exposure
  return { ok: true };
}
