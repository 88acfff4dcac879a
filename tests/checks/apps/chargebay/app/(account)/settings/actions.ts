"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { validateRequest, invalidateSession } from "@/lib/lucia";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { generateToken, hashToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

async function requireAccount() {
  const { user, session } = await validateRequest();
  if (!user) redirect("/login");
  return { user, session };
}

const Profile = z.object({ name: z.string().min(1).max(120), phone: z.string().regex(/^\+?[0-9 ]{6,20}$/).optional() });

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const { user } = await requireAccount();
  const parsed = Profile.safeParse({ name: formData.get("name"), phone: formData.get("phone") || undefined });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: parsed.data });
  revalidatePath("/settings");
  return { ok: true };
}

// Display-name only form in the header menu.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateDisplayName(formData: FormData) {
  const { user } = await requireAccount();
  const check = Profile.pick({ name: true }).safeParse({ name: formData.get("name") });
  if (!check.success) return { error: "Name is required" };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { name: formData.get("displayName") as string } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function requestEmailChange(_prev: unknown, formData: FormData) {
  const { user } = await requireAccount();
  const parsed = z.object({ newEmail: z.string().email() }).safeParse({ newEmail: formData.get("newEmail") });
  if (!parsed.success) return { error: "Enter a valid e-mail." };
  await rateLimitByKey(`email-change:${user.id}`);
  const token = generateToken();
  await prisma.emailChangeToken.create({
    data: { userId: user.id, newEmail: parsed.data.newEmail, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3_600_000) },
  });
  await sendEmail({ to: parsed.data.newEmail, subject: "Confirm your new e-mail", html: `<a href="${process.env.APP_URL}/settings/email/${token}">Confirm</a>` });
  await auditLog({ actorId: user.id, action: "user.email_change_requested" });
  // ok: information-disclosure
  return { message: "Check your new inbox to confirm." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function confirmEmailChange(token: string) {
  const { user } = await requireAccount();
  const t = z.string().min(20).max(100).parse(token);
  await rateLimitByKey(`email-confirm:${user.id}`);
  const row = await prisma.emailChangeToken.findFirst({ where: { userId: user.id, expiresAt: { gt: new Date() } }, orderBy: { expiresAt: "desc" } });
  // ruleid: timing-unsafe-comparison
  if (!row || row.tokenHash !== hashToken(t)) return { error: "This link is invalid or has expired." };
  await prisma.user.update({ where: { id: user.id }, data: { email: row.newEmail, emailVerified: new Date() } });
  await prisma.emailChangeToken.deleteMany({ where: { userId: user.id } });
  return { ok: true };
}

const PasswordChange = z.object({ current: z.string().min(1), next: z.string().min(12).max(200) });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function changePassword(_prev: unknown, formData: FormData) {
  const { user } = await requireAccount();
  const parsed = PasswordChange.safeParse({ current: formData.get("current"), next: formData.get("next") });
  if (!parsed.success) return { error: "New password must be at least 12 characters." };
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  const ok = row.passwordHash ? await bcrypt.compare(parsed.data.current, row.passwordHash) : false;
  if (!ok) {
    await logSecurityEvent("password_change.failed", { userId: user.id });
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(parsed.data.next, 12) } });
  await auditLog({ actorId: user.id, action: "user.password_changed" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function enableTwoFactor(otp: string) {
  const { user } = await requireAccount();
  const code = z.string().regex(/^\d{6}$/).parse(otp);
  await rateLimitByKey(`2fa-enable:${user.id}`);
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true } });
  if (!row.totpSecret) return { error: "Start 2FA setup first." };
  const expectedOtp = authenticator.generate(row.totpSecret);
  // ruleid: timing-unsafe-comparison
  if (code !== expectedOtp) return { error: "Code did not match." };
  await prisma.user.update({ where: { id: user.id }, data: { twoFactorEnabled: true } });
  logger.info({ event: "user.2fa_enabled", userId: user.id }, "2FA enabled");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function disableTwoFactor(otp: string) {
  const { user } = await requireAccount();
  const code = z.string().regex(/^\d{6}$/).parse(otp);
  await rateLimitByKey(`2fa-disable:${user.id}`);
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true } });
  // ok: timing-unsafe-comparison
  if (!row.totpSecret || !authenticator.check(code, row.totpSecret)) return { error: "Code did not match." };
  await prisma.user.update({ where: { id: user.id }, data: { twoFactorEnabled: false, totpSecret: null, recoveryCodes: [] } });
  return { ok: true };
}

// ok: missing-auth
export async function getMyAccount() {
  const { user } = await requireAccount();
  const full = await prisma.user.findUnique({ where: { id: user.id }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return full;
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  const { user, session } = await requireAccount();
  if (typeof sessionId !== "string" || sessionId.length !== 64) throw new Error("Bad session id");
  if (sessionId === session.id) return invalidateSession(session.id);
  // ok: missing-authorization
  await prisma.userSession.deleteMany({ where: { id: sessionId, userId: user.id } });
  revalidatePath("/settings/security");
}

// ok: missing-auth
export async function requestDataExport() {
  const { user } = await requireAccount();
  const job = await prisma.dataExport.create({ data: { userId: user.id }, select: { id: true, status: true } });
  // ok: excessive-data-exposure
  return job;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccount(_prev: unknown, formData: FormData) {
  const { user } = await requireAccount();
  const confirm = z.literal("DELETE").safeParse(formData.get("confirm"));
  if (!confirm.success) return { error: 'Type "DELETE" to confirm.' };
  const owner = await prisma.membership.findFirst({ where: { userId: user.id, role: "owner" }, select: { tenantId: true } });
  if (owner) return { error: "Transfer ownership of your workspace first." };
  await prisma.user.delete({ where: { id: user.id } });
  after(() => auditLog({ actorId: user.id, action: "user.deleted" }));
  redirect("/goodbye");
}

// Legacy profile endpoint used by the old settings page; still wired to the "Save" button on /settings/legacy.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function saveLegacyProfile(userId: string, formData: FormData) {
  const { user } = await validateRequest();
  logger.info({ userId, actor: user?.id }, "legacy profile save");
  await prisma.user.update({
    where: { id: userId },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
}
