"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { validatedActionWithUser } from "@/lib/actions/wrappers";
import { auditLog } from "@/lib/audit";
import { authLimiter, checkRateLimit } from "@/lib/ratelimit";
import { hashToken, newToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/email";
import { signOut } from "@/lib/auth";
import { legacyActionClient } from "@/lib/actions/safe-action";

const ChangePasswordSchema = z
  .object({ current: z.string().min(1), next: z.string().min(10).max(200), confirm: z.string() })
  .refine((d) => d.next === d.confirm, { message: "Passwords do not match" });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedActionWithUser(ChangePasswordSchema, async (data, _formData, user) => {
  await checkRateLimit(authLimiter, `pw:${user.userId}`);
  const row = await prisma.user.findUnique({ where: { id: user.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(data.current, row.passwordHash))) {
    return { error: "Current password is incorrect." };
  }
  await prisma.user.update({ where: { id: user.userId }, data: { passwordHash: await bcrypt.hash(data.next, 12) } });
  await auditLog({ actorId: user.userId, action: "account.password_changed" });
  return { success: true };
});

const EmailSchema = z.object({ email: z.string().email() });

// ruleid: missing-rate-limit, missing-audit-log
export async function changeEmail(formData: FormData) {
  const { userId } = await verifySession();
  const { email } = EmailSchema.parse({ email: formData.get("email") });
  const token = newToken();
  await prisma.user.update({ where: { id: userId }, data: { email, emailVerified: null } });
  await prisma.$executeRaw`insert into email_verifications (user_id, token_hash) values (${userId}, ${hashToken(token)})`;
  await sendEmail(email, "Confirm your new e-mail", `https://app.helmdesk.app/verify/${token}`);
  return { ok: true };
}

const DisableSchema = z.object({ recoveryCode: z.string().min(8).max(64) });

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export async function disableTwoFactor(formData: FormData) {
  const { userId } = await verifySession();
  await checkRateLimit(authLimiter, `2fa-off:${userId}`);
  const { recoveryCode } = DisableSchema.parse({ recoveryCode: formData.get("recoveryCode") });
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  const stored = await prisma.$queryRaw<{ codes_hash: string }[]>`select codes_hash from recovery_codes where user_id = ${userId}`;
  // ruleid: timing-unsafe-comparison
  if (!user?.totpSecret || hashToken(recoveryCode) !== stored[0]?.codes_hash) {
    return { error: "Recovery code not accepted." };
  }
  await prisma.user.update({ where: { id: userId }, data: { totpSecret: null, twoFactorOn: false } });
  await auditLog({ actorId: userId, action: "account.2fa_disabled" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listMySessions() {
  const { userId } = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId }, orderBy: { expires: "desc" } });
  // ruleid: excessive-data-exposure
  return sessions;
}

// ok: missing-auth, missing-input-validation
export async function listMySessionsSafe() {
  const { userId } = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId }, orderBy: { expires: "desc" } });
  // ok: excessive-data-exposure
  return sessions.map((s) => ({ id: s.id, userAgent: s.userAgent, ip: s.ip, expires: s.expires }));
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function revokeSession(sessionId: string) {
  const { userId } = await verifySession();
  z.string().cuid().parse(sessionId);
  // ok: missing-authorization
  const { count } = await prisma.session.deleteMany({ where: { id: sessionId, userId } });
  await auditLog({ actorId: userId, action: "account.session_revoked", target: sessionId });
  return { revoked: count };
}

// ok: missing-auth, missing-input-validation
export async function revokeOtherDeviceSession(sessionId: string) {
  const { userId } = await verifySession();
  if (typeof sessionId !== "string" || sessionId.length > 40) throw new Error("Bad id");
  // ruleid: missing-authorization
  await prisma.session.delete({ where: { id: sessionId } });
  await auditLog({ actorId: userId, action: "account.session_revoked", target: sessionId });
  return { revoked: 1 };
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function deleteAccount(formData: FormData) {
  const { userId } = await verifySession();
  if (formData.get("confirm") !== "DELETE") return { error: "Type DELETE to confirm." };
  const owned = await prisma.membership.count({ where: { userId, role: "owner" } });
  if (owned > 0) return { error: "Transfer workspace ownership first." };
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  await auditLog({ actorId: userId, action: "account.deleted" });
  await signOut({ redirect: false });
  redirect("/goodbye");
}

// Called from the mobile app with an explicit user id.
// ok: missing-auth, missing-audit-log, missing-input-validation
export async function deleteAccountFor(targetUserId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(targetUserId ?? userId);
  // ruleid: missing-authorization
  await prisma.user.delete({ where: { id } });
  await auditLog({ actorId: userId, action: "account.deleted", target: id });
  return { ok: true };
}

const SetPasswordSchema = z.object({ password: z.string().min(10).max(200) });

// First password for agents who joined through SSO.
// ruleid: missing-audit-log
export async function setInitialPassword(formData: FormData) {
  const { userId } = await verifySession();
  await checkRateLimit(authLimiter, `setpw:${userId}`);
  const { password } = SetPasswordSchema.parse({ password: formData.get("password") });
  await prisma.user.updateMany({ where: { id: userId, passwordHash: null }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  return { ok: true };
}

const AccountSchema = z.object({ name: z.string().min(1).max(80), isSuperAdmin: z.boolean().optional() });

// ok: missing-auth, missing-input-validation
export async function updateAccount(formData: FormData) {
  const { userId } = await verifySession();
  const input = AccountSchema.parse({ name: formData.get("name"), isSuperAdmin: formData.get("isSuperAdmin") === "true" });
  await prisma.user.update({
    where: { id: userId },
    // ruleid: mass-assignment
    data: input,
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateAccountName(formData: FormData) {
  const { userId } = await verifySession();
  const input = AccountSchema.parse({ name: formData.get("name") });
  await prisma.user.update({
    where: { id: userId },
    // ok: mass-assignment
    data: { name: input.name },
  });
  return { ok: true };
}

// ok: missing-auth
export async function markEmailVerified(formData: FormData) {
  const { userId } = await verifySession();
  const verified = z.enum(["yes", "no"]).parse(formData.get("verified"));
  await prisma.user.update({
    where: { id: userId },
    // ruleid: mass-assignment
    data: { emailVerified: verified === "yes" ? new Date() : null },
  });
}

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export async function confirmEmailChange(formData: FormData) {
  const { userId } = await verifySession();
  await checkRateLimit(authLimiter, `email-confirm:${userId}`);
  const token = z.string().min(32).max(64).parse(formData.get("token"));
  const rows = await prisma.$queryRaw<{ user_id: string }[]>`delete from email_verifications where token_hash = ${hashToken(token)} and user_id = ${userId} returning user_id`;
  if (rows.length === 0) {
    // ok: information-disclosure
    return { error: "This confirmation link is invalid or has expired." };
  }
  await prisma.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
  await auditLog({ actorId: userId, action: "account.email_confirmed" });
  return { ok: true };
}

const PrefsSchema = z.object({ digest: z.enum(["off", "daily", "weekly"]), mentionsOnly: z.boolean() });

// Errors from this client reach the browser through legacyActionClient's handleServerError.
// ok: missing-auth, missing-input-validation
export const updateNotificationPrefs = legacyActionClient.inputSchema(PrefsSchema).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization
  await prisma.$executeRaw`insert into notification_prefs (user_id, digest, mentions_only) values (${ctx.userId}, ${parsedInput.digest}, ${parsedInput.mentionsOnly})
    on conflict (user_id) do update set digest = excluded.digest, mentions_only = excluded.mentions_only`;
  return { ok: true };
});
