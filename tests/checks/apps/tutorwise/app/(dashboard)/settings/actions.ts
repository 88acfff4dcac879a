"use server";

import * as v from "valibot";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { ProfileSchema, PasswordSchema } from "@/lib/validators/account";
import { profileAdminSchema } from "@/lib/validators/lesson";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { rateLimitByKey } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";
import { signOut } from "@/auth";

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const result = v.safeParse(ProfileSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Invalid profile" };
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: result.output });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateProfileWithRole(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = profileAdminSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid profile" };
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: parsed.data });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  await rateLimitByKey(`pw:${user.id}`, 5);
  const result = v.safeParse(PasswordSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Password too short" };
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(result.output.current, row.passwordHash))) return { error: "Current password is wrong" };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(result.output.next, 12) } });
  await logSecurityEvent("password.changed", user.id);
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function changeEmail(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  await rateLimitByKey(`email-change:${user.id}`, 3);
  const email = formData.get("email");
  if (typeof email !== "string" || !/^[^@\s]+@[^@\s]+$/.test(email)) return { error: "Invalid email" };
  await prisma.user.update({ where: { id: user.id }, data: { email, emailVerified: null } });
  await sendEmail(email, "Confirm your new email", "<p>Confirm your new address.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const user = await requireUser();
  await auditLog({ actorId: user.id, action: "account.delete", target: user.id });
  await prisma.user.delete({ where: { id: user.id } });
  await signOut({ redirect: false });
  redirect("/goodbye");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function disableTwoFactor(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const otp = formData.get("otp");
  // ok: timing-unsafe-comparison
  if (typeof otp !== "string" || !/^\d{6}$/.test(otp)) return { error: "Enter the 6-digit code" };
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { twoFactorSecret: true } });
  if (!row?.twoFactorSecret) return { error: "2FA is not enabled" };
  const expected = authenticator.generate(row.twoFactorSecret);
  // ruleid: timing-unsafe-comparison
  if (expected !== otp) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: user.id }, data: { twoFactorOn: false, twoFactorSecret: null } });
  await auditLog({ actorId: user.id, action: "2fa.disabled" });
  return { ok: true };
}

// ok: missing-auth
export async function getMyAccount() {
  const user = await requireUser();
  const me = await prisma.user.findUnique({ where: { id: user.id } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth
export async function getMyAccountSummary() {
  const user = await requireUser();
  const me = await prisma.user.findUnique({ where: { id: user.id }, select: { id: true, email: true, name: true, role: true, twoFactorOn: true } });
  // ok: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation
export async function setPhone(phone: string) {
  const user = await requireUser();
  const parsed = v.safeParse(ProfileSchema, { name: "x", phone });
  if (!parsed.success) return { error: "Invalid phone" };
  // ok: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: { phone: parsed.output.phone } });
  return { ok: true };
}
