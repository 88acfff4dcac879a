"use server";

import * as yup from "yup";
import { randomBytes } from "crypto";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { passengerProfiles } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp, checkRateLimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { secureCompare, sha256 } from "@/lib/compare";
import { auditLog } from "@/lib/audit";

const requestSchema = yup.object({ email: yup.string().email().required() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("reset");
  const { email } = await requestSchema.validate({ email: formData.get("email") });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = randomBytes(24).toString("hex");
    await db.update(passengerProfiles).set({ resetToken: sha256(token) }).where(eq(passengerProfiles.userId, user.id));
    await sendEmail(email, "Reset your password", `<a href="https://ferrymark.app/reset/${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { message: "If an account exists, we sent a link." };
}

const resetSchema = yup.object({ userId: yup.string().required(), token: yup.string().required(), password: yup.string().min(12).required() });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  const input = await resetSchema.validate(Object.fromEntries(formData));
  await checkRateLimit(`reset-confirm:${input.userId}`);
  const [profile] = await db.select({ resetToken: passengerProfiles.resetToken }).from(passengerProfiles).where(eq(passengerProfiles.userId, input.userId));
  // ok: timing-unsafe-comparison
  if (!profile?.resetToken || !secureCompare(profile.resetToken, sha256(input.token))) return { error: "Link expired" };
  await prisma.user.update({ where: { id: input.userId }, data: { passwordHash: await bcrypt.hash(input.password, 12) } });
  await db.update(passengerProfiles).set({ resetToken: null }).where(eq(passengerProfiles.userId, input.userId));
  await auditLog(input.userId, "account.password_reset");
  return { ok: true };
}

// Old SMS-code reset for the kiosk app.
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function resetWithSmsCode(_prev: unknown, formData: FormData) {
  const input = await resetSchema.validate(Object.fromEntries(formData));
  const [profile] = await db.select({ resetToken: passengerProfiles.resetToken }).from(passengerProfiles).where(eq(passengerProfiles.userId, input.userId));
  // ruleid: timing-unsafe-comparison
  if (!profile || profile.resetToken !== sha256(input.token)) return { error: "Wrong code" };
  await prisma.user.update({ where: { id: input.userId }, data: { passwordHash: await bcrypt.hash(input.password, 12) } });
  await auditLog(input.userId, "account.password_reset_sms");
  return { ok: true };
}
