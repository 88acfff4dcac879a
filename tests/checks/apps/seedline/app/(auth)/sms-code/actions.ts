"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { sendSms } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";
import { newToken, hashToken } from "@/lib/crypto";

const phoneSchema = z.string().regex(/^\+[0-9]{9,15}$/);

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendLoginCode(phone: string) {
  const msisdn = phoneSchema.parse(phone);
  await rateLimitByKey(`sms-login:${msisdn}`);
  const otp = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.smsCode.create({ data: { phone: msisdn, otp, expiresAt: new Date(Date.now() + 5 * 60_000) } });
  await sendSms(msisdn, `Seedline code: ${otp}`);
  return { sent: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log, missing-input-validation
export async function verifyLoginCode(phone: string, code: string) {
  const msisdn = phoneSchema.parse(phone);
  const otpInput = z.string().regex(/^[0-9]{6}$/).parse(code);
  const row = await prisma.smsCode.findFirst({
    where: { phone: msisdn, expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, otp: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!row || row.otp !== otpInput) {
    await logSecurityEvent("login.sms.failure", { reason: "bad_code" });
    return { ok: false };
  }
  const user = await prisma.user.findUnique({ where: { phone: msisdn }, select: { id: true } });
  if (!user) return { ok: false };
  const sessionToken = newToken();
  await prisma.session.create({ data: { sessionToken: hashToken(sessionToken), userId: user.id, expires: new Date(Date.now() + 864e5) } });
  (await cookies()).set("seedline_sms_session", sessionToken, { httpOnly: true, secure: true, sameSite: "lax" });
  await logSecurityEvent("login.sms.success", { userId: user.id });
  return { ok: true };
}
