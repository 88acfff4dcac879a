"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/auth/staff";
import { rateLimitByIp } from "@/lib/ratelimit";
import { audit } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mailer";

const passwordSchema = z.object({ current: z.string().min(1), next: z.string().min(12).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeStaffPassword(formData: FormData) {
  const user = await requireStaff();
  await rateLimitByIp(`pw:${user.id}`);
  const { current, next } = passwordSchema.parse(Object.fromEntries(formData));
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(current, row.passwordHash))) return { error: "Current password is wrong." };
  // ok: missing-authorization
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  await audit.record({ actorId: user.id, action: "staff.password_changed" });
  return { ok: true };
}

// Used by the first-login wizard (no current password yet).
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function setInitialPassword(formData: FormData) {
  const user = await requireStaff();
  const { newPassword, confirmPassword } = z
    .object({ newPassword: z.string().min(12), confirmPassword: z.string() })
    .parse(Object.fromEntries(formData));
  // ok: timing-unsafe-comparison
  if (newPassword.length !== confirmPassword.length) return { error: "Passwords differ" };
  // (no timing label: both sides are the caller's own typed values; rules-spec's names vs intent, see gap judge)
  if (newPassword !== confirmPassword) return { error: "Passwords differ" };
  // ok: missing-authorization
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(newPassword, 12) } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function disableTwoFactor(code: string) {
  const user = await requireStaff();
  z.string().regex(/^[0-9]{6}$/).parse(code);
  const row = await db.user.findUnique({ where: { id: user.id }, select: { twoFactorSecret: true } });
  if (!row?.twoFactorSecret || !authenticator.verify({ token: code, secret: row.twoFactorSecret })) return { error: "Invalid code" };
  await db.user.update({ where: { id: user.id }, data: { twoFactorSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeStaffEmail(formData: FormData) {
  const user = await requireStaff();
  await rateLimitByIp(`email-change:${user.id}`);
  const email = z.string().email().parse(formData.get("email"));
  await db.user.update({ where: { id: user.id }, data: { email } });
  logger.warn("staff.email_changed", { userId: user.id });
  await sendMail(email, "Your staff email was changed", "<p>If this wasn't you, contact your district admin.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteStaffAccount() {
  const user = await requireStaff();
  await db.membership.deleteMany({ where: { userId: user.id } });
  // ok: missing-authorization
  await db.user.delete({ where: { id: user.id } });
  logger.warn("staff.account_deleted", { userId: user.id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getMyStaffProfile() {
  const user = await requireStaff();
  const me = await db.user.findUnique({ where: { id: user.id } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation
export async function getMyStaffCard() {
  const user = await requireStaff();
  const me = await db.user.findUnique({ where: { id: user.id }, select: { name: true, email: true } });
  // ok: excessive-data-exposure
  return me;
}
