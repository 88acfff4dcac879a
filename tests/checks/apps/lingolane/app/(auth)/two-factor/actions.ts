"use server";

import { z } from "zod";
import { authenticator } from "otplib";
import { timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/session";
import { authLimiter, rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sendSms } from "@/lib/sms";
import { cookies } from "next/headers";

const codeSchema = z.object({ code: z.string().regex(/^\d{6}$/) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function enable2fa(_prev: unknown, formData: FormData) {
  const user = await verifySession();
  const { code } = codeSchema.parse(Object.fromEntries(formData));
  const { success } = await authLimiter.limit(`2fa-enable:${user.id}`);
  if (!success) return { error: "Too many attempts" };
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { twoFactorSecret: true } });
  // ok: timing-unsafe-comparison
  if (!row?.twoFactorSecret || !authenticator.check(code, row.twoFactorSecret)) return { error: "Wrong code" };
  await prisma.user.update({ where: { id: user.id }, data: { twoFactorEnabled: true } });
  await auditLog({ actorId: user.id, action: "auth.2fa_enabled" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function disable2fa(_prev: unknown, formData: FormData) {
  const user = await verifySession();
  const { code } = codeSchema.parse(Object.fromEntries(formData));
  await rateLimitByIp(`2fa-disable:${user.id}`, 5);
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { twoFactorSecret: true } });
  if (!row?.twoFactorSecret || !authenticator.check(code, row.twoFactorSecret)) return { error: "Wrong code" };
  await prisma.user.update({ where: { id: user.id }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// todoruleid: missing-rate-limit
export async function verifySmsCode(_prev: unknown, formData: FormData) {
  const user = await verifySession();
  const { code } = codeSchema.parse(Object.fromEntries(formData));
  const pending = (await cookies()).get("ll_sms_otp")?.value;
  const otp = pending ? Buffer.from(pending, "base64url").toString() : "";
  // ruleid: timing-unsafe-comparison
  if (code !== otp) return { error: "Wrong code" };
  await auditLog({ actorId: user.id, action: "auth.sms_verified" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendSmsCode(_prev: unknown, formData: FormData) {
  const user = await verifySession();
  const phone = z.string().regex(/^\+[1-9]\d{7,14}$/).parse(formData.get("phone"));
  await rateLimitByIp(`sms:${user.id}`, 3);
  const otp = String(Math.floor(100000 + Math.random() * 900000));
  await sendSms(phone, `Your Lingolane code is ${otp}`);
  (await cookies()).set("ll_sms_otp", Buffer.from(otp).toString("base64url"), { httpOnly: true, maxAge: 300 });
  return { sent: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function verifyBackupCode(_prev: unknown, formData: FormData) {
  const user = await verifySession();
  const { backupCode } = z.object({ backupCode: z.string().length(10) }).parse(Object.fromEntries(formData));
  await rateLimitByIp(`backup:${user.id}`, 5);
  const stored = (await cookies()).get("ll_backup_hint")?.value ?? "";
  const a = Buffer.from(backupCode);
  const b = Buffer.from(stored.padEnd(10, "0").slice(0, 10));
  // ok: timing-unsafe-comparison
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { error: "Wrong code" };
  await auditLog({ actorId: user.id, action: "auth.backup_code_used" });
  return { ok: true };
}
