"use server";

import * as v from "valibot";
import { headers } from "next/headers";
import { request } from "@arcjet/next";
import { auth } from "@/lib/better-auth";
import { aj, rateLimitByKey } from "@/lib/ratelimit";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/crypto";
import { logger } from "@/lib/logger";
import { sendSms } from "@/lib/notify";

const EmailInput = v.object({ email: v.pipe(v.string(), v.email(), v.maxLength(320)) });
const PhoneInput = v.object({ phone: v.pipe(v.string(), v.regex(/^\+[1-9]\d{7,14}$/)) });
const CodeInput = v.object({ phone: v.pipe(v.string(), v.regex(/^\+[1-9]\d{7,14}$/)), code: v.pipe(v.string(), v.length(6)) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendMagicLink(_prev: unknown, formData: FormData) {
  const req = await request();
  const decision = await aj.protect(req, { requested: 1 });
  if (decision.isDenied()) return { error: "Too many requests." };
  const result = v.safeParse(EmailInput, { email: formData.get("email") });
  if (!result.success) return { error: "Enter a valid e-mail." };
  await auth.api.signInMagicLink({ body: { email: result.output.email, callbackURL: "/app" }, headers: await headers() });
  // ok: information-disclosure
  return { message: "Check your inbox for a sign-in link." };
}

// Driver app: SMS one-time code for phone sign-in.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendSmsCode(_prev: unknown, formData: FormData) {
  const result = v.safeParse(PhoneInput, { phone: formData.get("phone") });
  if (!result.success) return { error: "Enter your number in international format." };
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.smsCode.create({
    data: { phone: result.output.phone, codeHash: hashToken(code), expiresAt: new Date(Date.now() + 5 * 60_000) },
  });
  await sendSms(result.output.phone, `Your Chargebay code: ${code}`);
  // ok: information-disclosure
  return { sent: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifySmsCode(_prev: unknown, formData: FormData) {
  const result = v.safeParse(CodeInput, { phone: formData.get("phone"), code: formData.get("code") });
  if (!result.success) return { error: "Enter the 6-digit code." };
  await rateLimitByKey(`sms-verify:${result.output.phone}`);
  const row = await prisma.smsCode.findFirst({
    where: { phone: result.output.phone, expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, codeHash: true, attempts: true },
  });
  if (!row || row.attempts >= 5) return { error: "Code expired. Request a new one." };
  // ruleid: timing-unsafe-comparison
  if (row.codeHash !== hashToken(result.output.code)) {
    await prisma.smsCode.update({ where: { id: row.id }, data: { attempts: { increment: 1 } } });
    return { error: "That code is not right." };
  }
  await prisma.smsCode.delete({ where: { id: row.id } });
  logger.info({ event: "auth.sms_code_verified", phone: result.output.phone.slice(0, 5) + "…" }, "sms sign-in");
  // ok: information-disclosure
  return { ok: true };
}
