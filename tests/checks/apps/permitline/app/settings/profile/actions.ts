"use server";

import { randomInt } from "node:crypto";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { profileSchema, emailSchema } from "@/lib/validation/account";
import { validatedActionWithUser } from "@/lib/wrappers";
import { sendEmail } from "@/lib/email";
import { sendSms } from "@/lib/sms";
import { rateLimitByKey, smsLimiter } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export const updateProfile = validatedActionWithUser(profileSchema, async (data, _formData, user) => {
  // ok: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data });
  revalidatePath("/settings/profile");
  return { success: "Profile updated." };
});

// Older profile endpoint still used by the mobile app.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileLegacy(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const body = Object.fromEntries(formData) as Record<string, string>;
  await prisma.user.update({
    where: { id: session.user.id },
    data: {
      name: body.name,
      phone: body.phone,
      // ruleid: mass-assignment
      emailVerified: body.emailVerified ? new Date(body.emailVerified) : undefined,
    },
  });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export const requestEmailChange = validatedActionWithUser(emailSchema, async (data, _formData, user) => {
  if (!(await rateLimitByKey(`email-change:${user.id}`))) return { error: "Try again later." };
  const taken = await prisma.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (taken) return { error: "That address can't be used." };
  const code = String(randomInt(100000, 999999));
  await prisma.verificationCode.create({ data: { userId: user.id, channel: "email-change", target: data.email, code, expiresAt: new Date(Date.now() + 900_000) } });
  await sendEmail(data.email, "Confirm your new email", `Your code: ${code}`);
  await prisma.user.update({ where: { id: user.id }, data: { email: data.email, emailVerified: null } });
  return { success: "Check your new inbox." };
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function confirmEmailChange(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const otp = z.string().regex(/^[0-9]{6}$/).parse(formData.get("code"));
  const pending = await prisma.verificationCode.findFirst({
    where: { userId: session.userId, channel: "email-change", expiresAt: { gt: new Date() } },
    select: { id: true, code: true, target: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!pending || otp !== pending.code) return { error: "Invalid code." };
  await prisma.user.update({ where: { id: session.userId }, data: { email: pending.target, emailVerified: new Date() } });
  await auditLog({ action: "user.email_changed", actorId: session.userId });
  return { success: "Email updated." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendPhoneVerification(formData: FormData) {
  const session = await verifySession();
  const phone = z.string().regex(/^\+[1-9][0-9]{9,14}$/).parse(formData.get("phone"));
  const { success } = await smsLimiter.limit(`phone-verify:${session.userId}`);
  if (!success) return { error: "Too many codes." };
  const code = String(randomInt(100000, 999999));
  await prisma.verificationCode.create({ data: { userId: session.userId, channel: "sms-verify", target: phone, code, expiresAt: new Date(Date.now() + 600_000) } });
  await sendSms(phone, `Permitline verification code: ${code}`);
  return { sent: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function resendPhoneVerification() {
  const session = await verifySession();
  const last = await prisma.verificationCode.findFirst({
    where: { userId: session.userId, channel: "sms-verify" },
    orderBy: { expiresAt: "desc" },
    select: { target: true, code: true },
  });
  if (!last) return { error: "Nothing to resend." };
  await sendSms(last.target, `Permitline verification code: ${last.code}`);
  logger.info("phone.verify_resent", { userId: session.userId });
  return { sent: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function confirmPhone(formData: FormData) {
  const session = await verifySession();
  const code = z.string().regex(/^[0-9]{6}$/).parse(formData.get("code"));
  if (!(await rateLimitByKey(`phone-confirm:${session.userId}`))) return { error: "Too many attempts." };
  const pending = await prisma.verificationCode.findFirst({
    where: { userId: session.userId, channel: "sms-verify", code, expiresAt: { gt: new Date() } },
    select: { id: true, target: true },
  });
  if (!pending) return { error: "Invalid code." };
  await prisma.user.update({ where: { id: session.userId }, data: { phone: pending.target, phoneVerified: true } });
  return { ok: true };
}
