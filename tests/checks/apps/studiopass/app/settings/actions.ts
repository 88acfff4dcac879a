"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { z } from "zod";
import * as v from "valibot";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { rateLimitByIp, rateLimitByKey, smsLimiter } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { newToken, sha256 } from "@/lib/crypto";
import { emailSchema, idSchema, passwordSchema, phoneSchema } from "@/lib/validation";
import { signOut } from "@/lib/auth";

const profileSchema = z.object({
  name: z.string().trim().min(1).max(80),
  bio: z.string().max(500).optional(),
});

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const parsed = profileSchema.safeParse({ name: formData.get("name"), bio: formData.get("bio") ?? undefined });
  if (!parsed.success) return { error: "Name is required." };
  // ok: missing-authorization
  await prisma.user.update({
    where: { id: userId },
    // ok: mass-assignment
    data: parsed.data,
  });
  revalidatePath("/settings");
  return { ok: true };
}

type PrefsInput = { emailReminders?: boolean; smsReminders?: boolean; marketing?: boolean; [k: string]: unknown };

// The mobile app posts the whole preferences object it has cached.
// ruleid: missing-input-validation
// ok: missing-auth
export async function savePreferences(input: PrefsInput) {
  const { userId } = await verifySession();
  await prisma.user.update({
    where: { id: userId },
    data: {
      // ruleid: mass-assignment
      ...input,
      notificationPrefs: { email: input.emailReminders ?? true, sms: input.smsReminders ?? false },
    },
  });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function changeEmail(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  if (!(await rateLimitByKey(`email-change:${userId}`))) return { error: "Too many attempts." };
  const email = emailSchema.safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email." };
  const token = newToken();
  await prisma.user.update({ where: { id: userId }, data: { pendingEmail: email.data, emailChangeToken: sha256(token) } });
  await sendEmail(email.data, "Confirm your new email", `<a href="https://studiopass.app/settings/email?token=${token}">Confirm</a>`);
  await auditLog({ actorId: userId, action: "user.email_change_requested" });
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function confirmEmailChange(token: string) {
  const { userId } = await verifySession();
  if (typeof token !== "string" || token.length < 20) return { error: "Invalid link." };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { pendingEmail: true, emailChangeToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!user?.pendingEmail || user.emailChangeToken !== sha256(token)) return { error: "This link has expired." };
  await prisma.user.update({
    where: { id: userId },
    data: { email: user.pendingEmail, pendingEmail: null, emailChangeToken: null, emailVerified: new Date() },
  });
  redirect("/settings?email=changed");
}

// Sends a verification SMS to the new number.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function changePhone(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const phone = phoneSchema.safeParse(formData.get("phone"));
  if (!phone.success) return { error: "Use international format, e.g. +4917..." };
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.smsCode.create({
    data: { userId, phone: phone.data, codeHash: sha256(code), purpose: "phone_change", expiresAt: new Date(Date.now() + 600_000) },
  });
  await sendSms(phone.data, `Studiopass: your verification code is ${code}`);
  return { ok: true };
}

const passwordChangeSchema = z.object({ current: z.string().min(1), next: passwordSchema });

// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function changePassword(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp(`password-change:${userId}`);
  const parsed = passwordChangeSchema.safeParse({ current: formData.get("current"), next: formData.get("next") });
  if (!parsed.success) return { error: "New password must be at least 10 characters." };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user.passwordHash || !(await bcrypt.compare(parsed.data.current, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(parsed.data.next, 12) } });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function enableTwoFactor(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const { success } = await smsLimiter.limit(`totp-enable:${userId}`);
  if (!success) return { error: "Too many attempts." };
  const otp = v.parse(v.pipe(v.string(), v.regex(/^\d{6}$/)), formData.get("otp"));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } });
  if (!user.totpSecret) return { error: "Start the setup again." };
  // ruleid: timing-unsafe-comparison
  if (otp !== authenticator.generate(user.totpSecret)) return { error: "That code didn't match." };
  await prisma.user.update({ where: { id: userId }, data: { totpEnabled: true } });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function disableTwoFactor(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp(`totp-disable:${userId}`);
  const otp = z.string().regex(/^\d{6}$/).safeParse(formData.get("otp"));
  if (!otp.success) return { error: "Enter the 6-digit code." };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } });
  // ok: timing-unsafe-comparison
  if (!user.totpSecret || !authenticator.check(otp.data, user.totpSecret)) return { error: "That code didn't match." };
  await prisma.user.update({ where: { id: userId }, data: { totpEnabled: false, totpSecret: null } });
  await logSecurityEvent("2fa_disabled", { userId });
  return { ok: true };
}

// ok: missing-auth
export async function listSessions() {
  const { userId } = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId }, orderBy: { expires: "desc" } });
  // ruleid: excessive-data-exposure
  return sessions;
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  const { userId } = await verifySession();
  const id = idSchema.parse(sessionId);
  // ruleid: missing-authorization
  await prisma.session.delete({ where: { id } });
  await auditLog({ actorId: userId, action: "session.revoked", target: id });
  revalidatePath("/settings/security");
}

// ok: missing-auth, missing-input-validation
export async function revokeOtherSession(sessionId: string) {
  const { userId } = await verifySession();
  const id = idSchema.parse(sessionId);
  // ok: missing-authorization
  const { count } = await prisma.session.deleteMany({ where: { id, userId } });
  // ok: excessive-data-exposure
  return { revoked: count };
}

// ok: missing-auth
export async function requestDataExport() {
  const { userId } = await verifySession();
  const job = await prisma.dataExport.create({ data: { userId }, select: { id: true, status: true } });
  // ok: excessive-data-exposure
  return job;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit -- ruling pass 34: a password re-check inside account deletion is a credential oracle (rule 7, "change password"-like)
export async function deleteAccount(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const password = z.string().min(1).max(200).parse(formData.get("password"));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Password is incorrect." };
  }
  await prisma.user.update({ where: { id: userId }, data: { deletedAt: new Date(), email: `deleted+${userId}@studiopass.invalid` } });
  await prisma.session.deleteMany({ where: { userId } });
  after(() => auditLog({ actorId: userId, action: "user.deleted" }));
  await signOut({ redirectTo: "/goodbye" });
}
