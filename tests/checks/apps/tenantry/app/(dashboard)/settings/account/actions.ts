"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { auth, signOut } from "@/lib/auth";
import { verifySession } from "@/lib/dal";
import { ratelimit, checkRateLimit } from "@/lib/ratelimit";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { sendEmail } from "@/lib/email";
import { logger } from "@/lib/logger";
import { hashToken, generateToken } from "@/lib/crypto";

const passwordSchema = z.object({ current: z.string().min(1), next: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const { success } = await ratelimit.limit(`pw:${userId}`);
  if (!success) return { error: "Too many attempts" };
  const { current, next } = passwordSchema.parse({ current: formData.get("current"), next: formData.get("next") });
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user.passwordHash || !(await bcrypt.compare(current, user.passwordHash))) {
    await logSecurityEvent("password.change_failed", userId);
    // ok: information-disclosure
    return { error: "Current password is incorrect" };
  }
  // ok: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  await logSecurityEvent("password.changed", userId);
  return { ok: true };
}

// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export async function setNewPassword(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const password = z.string().min(10).parse(formData.get("password"));
  const confirm = z.string().parse(formData.get("confirmPassword"));
  // todoruleid: timing-unsafe-comparison
  if (password !== confirm) return { error: "Passwords do not match" };
  await prisma.user.update({ where: { id: session.user.id }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  return { ok: true };
}

const emailSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeEmail(formData: FormData) {
  const { userId } = await verifySession();
  const { success } = await checkRateLimit(`email-change:${userId}`);
  if (!success) return { error: "Try again later" };
  const { email } = emailSchema.parse({ email: formData.get("email") });
  const token = generateToken();
  await prisma.session.create({ data: { userId, tokenHash: hashToken(`email:${email}:${token}`), expiresAt: new Date(Date.now() + 3600_000) } });
  await sendEmail({ to: email, subject: "Confirm your new email", html: `<a href="https://tenantry.app/confirm-email?t=${token}">Confirm</a>` });
  logger.info({ userId, action: "email.change_requested" }, "security event");
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth
// ok: missing-input-validation
export async function changeEmailImmediately(formData: FormData) {
  const { userId } = await verifySession();
  const email = String(formData.get("email") ?? "");
  if (!email.includes("@")) return { error: "Invalid email" };
  try {
    await prisma.user.update({ where: { id: userId }, data: { email, emailVerified: null } });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Could not update email: ${(err as Error).message}` };
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function enableTwoFactor(formData: FormData) {
  const { userId } = await verifySession();
  const { success } = await checkRateLimit(`2fa:${userId}`);
  if (!success) return { error: "Too many attempts" };
  const { secret, code } = z.object({ secret: z.string().min(16), code: z.string().regex(/^\d{6}$/) }).parse({
    secret: formData.get("secret"),
    code: formData.get("code"),
  });
  // ok: timing-unsafe-comparison
  if (!authenticator.check(code, secret)) return { error: "Invalid code" };
  // ok: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { twoFactorSecret: secret, twoFactorEnabled: true } });
  await auditLog({ actorId: userId, action: "2fa.enabled" });
  return { ok: true };
}

// ruleid: missing-audit-log, missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function disableTwoFactor(formData: FormData) {
  const { userId } = await verifySession();
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { twoFactorSecret: true } });
  const expectedOtp = user.twoFactorSecret ? authenticator.generate(user.twoFactorSecret) : null;
  // ruleid: timing-unsafe-comparison
  if (!expectedOtp || code !== expectedOtp) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: userId }, data: { twoFactorSecret: null, twoFactorEnabled: false } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listMySessions() {
  const { userId } = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId } });
  // ruleid: excessive-data-exposure
  return sessions;
}

// ok: missing-auth, missing-input-validation
export async function listMySessionsSafe() {
  const { userId } = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId }, select: { id: true, userAgent: true, expiresAt: true } });
  // ok: excessive-data-exposure
  return sessions;
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(sessionId);
  // ok: missing-authorization
  const { count } = await prisma.session.deleteMany({ where: { id, userId } });
  // ok: excessive-data-exposure
  return { revoked: count };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function revokeSessionById(sessionId: string) {
  await verifySession();
  // ruleid: missing-authorization
  await prisma.session.delete({ where: { id: sessionId } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccount() {
  const { userId } = await verifySession();
  const owned = await prisma.membership.count({ where: { userId, role: "OWNER" } });
  if (owned > 0) return { error: "Transfer agency ownership first" };
  await prisma.$transaction([prisma.session.deleteMany({ where: { userId } }), prisma.membership.deleteMany({ where: { userId } }), prisma.user.delete({ where: { id: userId } })]);
  await auditLog({ actorId: userId, action: "account.deleted" });
  await signOut({ redirectTo: "/" });
}

// ruleid: missing-audit-log, missing-input-validation
// ok: missing-auth
export async function deleteUserAccount(userIdInput?: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const userId = userIdInput ?? session.user.id;
  // ruleid: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  console.info("account removed", userId);
}

const profileSchema = z.object({ name: z.string().min(1).max(100) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateProfile(formData: FormData) {
  const { userId } = await verifySession();
  const data = profileSchema.parse(Object.fromEntries(formData));
  await prisma.user.update({
    where: { id: userId },
    // ok: mass-assignment
    data,
  });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateProfileRaw(formData: FormData) {
  const { userId } = await verifySession();
  const body = Object.fromEntries(formData);
  await prisma.user.update({
    where: { id: userId },
    // ruleid: mass-assignment
    data: body,
  });
}
