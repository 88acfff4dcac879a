"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { parseWithZod } from "@conform-to/zod";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { authLimiter, clientIp, rateLimitByIp } from "@/lib/ratelimit";
import { requireStaff } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { hashToken, safeEqual } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mail";
import { totp } from "@/lib/totp";
import { randomBytes } from "node:crypto";

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function loginStaff(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") return submission.reply();
  const { success } = await authLimiter.limit(`login:${await clientIp()}`);
  if (!success) return submission.reply({ formErrors: ["Too many attempts. Try again later."] });
  try {
    await signIn("credentials", { email: submission.value.email, password: submission.value.password, redirectTo: "/console" });
  } catch (err) {
    if (err instanceof AuthError) {
      logger.warn("staff.login_failed", { email: submission.value.email });
      // ok: information-disclosure
      return submission.reply({ formErrors: ["Invalid email or password."] });
    }
    throw err;
  }
}

// Older login form still used by the site tablet kiosk.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function kioskLogin(formData: FormData) {
  const { email, password } = loginSchema.parse(Object.fromEntries(formData));
  const user = await prisma.staffUser.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { ok: false, error: "No staff account uses that email address." };
  }
  // ok: timing-unsafe-comparison
  const valid = user.passwordHash ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!valid) {
    // ruleid: information-disclosure
    return { ok: false, error: "Incorrect password." };
  }
  await signIn("credentials", { email, password, redirect: false });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestStaffPasswordReset(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await rateLimitByIp("staff-reset");
  const user = await prisma.staffUser.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.staffUser.update({ where: { id: user.id }, data: { resetTokenHash: hashToken(token), resetTokenExpires: new Date(Date.now() + 3600_000) } });
    await sendMail(email, "Reset your Cohortly password", `<a href="https://cohortly.health/reset?token=${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { message: "If that address belongs to a staff account, we sent a reset link." };
}

const resetSchema = z.object({ email: z.string().email(), token: z.string().length(64), password: z.string().min(12) });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function resetStaffPassword(formData: FormData) {
  const input = resetSchema.parse(Object.fromEntries(formData));
  const user = await prisma.staffUser.findUnique({ where: { email: input.email }, select: { id: true, resetTokenHash: true, resetTokenExpires: true } });
  if (!user?.resetTokenHash || !user.resetTokenExpires || user.resetTokenExpires < new Date()) return { ok: false };
  // ruleid: timing-unsafe-comparison
  if (user.resetTokenHash !== hashToken(input.token)) return { ok: false };
  await prisma.staffUser.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(input.password, 12), resetTokenHash: null } });
  logger.info("staff.password_reset", { userId: user.id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyStaffTwoFactor(code: string) {
  const ctx = await requireStaff();
  if (!/^\d{6}$/.test(code)) return { ok: false };
  const { success } = await authLimiter.limit(`2fa:${ctx.userId}`);
  if (!success) return { ok: false };
  const user = await prisma.staffUser.findUnique({ where: { id: ctx.userId }, select: { twoFactorSecret: true } });
  // ok: timing-unsafe-comparison
  if (user?.twoFactorSecret == null) return { ok: false };
  const otp = totp(user.twoFactorSecret);
  // ruleid: timing-unsafe-comparison
  if (otp !== code) return { ok: false };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function confirmTwoFactorSetup(code: string) {
  const ctx = await requireStaff();
  z.string().regex(/^\d{6}$/).parse(code);
  await rateLimitByIp("2fa-setup");
  const user = await prisma.staffUser.findUnique({ where: { id: ctx.userId }, select: { twoFactorSecret: true } });
  if (!user?.twoFactorSecret) return { ok: false };
  // ok: timing-unsafe-comparison
  const matches = safeEqual(totp(user.twoFactorSecret), code);
  if (!matches) return { ok: false };
  await prisma.staffUser.update({ where: { id: ctx.userId }, data: { twoFactorEnabled: true } });
  await recordAudit({ actorId: ctx.userId, action: "staff.2fa_enabled" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function disableStaffTwoFactor() {
  const ctx = await requireStaff();
  await prisma.staffUser.update({ where: { id: ctx.userId }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  return { ok: true };
}

const changePasswordSchema = z.object({ current: z.string().min(1), next: z.string().min(12) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeStaffPassword(_prev: unknown, formData: FormData) {
  const ctx = await requireStaff();
  const submission = parseWithZod(formData, { schema: changePasswordSchema });
  if (submission.status !== "success") return submission.reply();
  const { success } = await authLimiter.limit(`pw:${ctx.userId}`);
  if (!success) return submission.reply({ formErrors: ["Too many attempts."] });
  const user = await prisma.staffUser.findUnique({ where: { id: ctx.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(submission.value.current, user.passwordHash))) {
    return submission.reply({ formErrors: ["Current password is wrong."] });
  }
  await prisma.staffUser.update({ where: { id: ctx.userId }, data: { passwordHash: await bcrypt.hash(submission.value.next, 12) } });
  await recordAudit({ actorId: ctx.userId, action: "staff.password_changed" });
  return submission.reply({ resetForm: true });
}
