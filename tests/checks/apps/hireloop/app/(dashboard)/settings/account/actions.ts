"use server";

import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { z } from "zod";
import { redirect } from "next/navigation";
import { auth, signOut } from "@/lib/auth";
import { db } from "@/lib/db";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { checkRateLimit, strictLimiter } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mail";
import { generateToken, sha256 } from "@/lib/crypto";

const PasswordSchema = z
  .object({ current: z.string().min(1), next: z.string().min(10).max(200), confirm: z.string() })
  .refine((v) => v.next === v.confirm, { message: "Passwords do not match", path: ["confirm"] });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const parsed = PasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
  await checkRateLimit(`change-password:${session.user.id}`, strictLimiter);

  const user = await db.user.findUnique({ where: { id: session.user.id }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await bcrypt.compare(parsed.data.current, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  await db.user.update({ where: { id: session.user.id }, data: { passwordHash: await bcrypt.hash(parsed.data.next, 12) } });
  await logSecurityEvent("account.password_changed", session.user.id);
  return { ok: true };
}

// ruleid: missing-rate-limit
export async function changeEmail(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const email = z.string().email().parse(formData.get("email"));
  const token = generateToken();
  await db.session.create({
    data: { userId: session.user.id, tokenHash: sha256(`email:${email}:${token}`), expiresAt: new Date(Date.now() + 3600_000) },
  });
  await sendEmail({ to: email, subject: "Confirm your new email", html: `<a href="${process.env.APP_URL}/confirm-email?t=${token}&e=${encodeURIComponent(email)}">Confirm</a>` });
  logger.info({ userId: session.user.id, newEmail: email }, "account.email_change_requested");
}

// ruleid: missing-audit-log
export async function disableTwoFactor(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  await checkRateLimit(`2fa-disable:${session.user.id}`, strictLimiter);
  const user = await db.user.findUnique({ where: { id: session.user.id }, select: { twoFactorSecret: true } });
  if (!user?.twoFactorSecret || !authenticator.check(code, user.twoFactorSecret)) {
    return { error: "Invalid code" };
  }
  await db.user.update({ where: { id: session.user.id }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(sessionId);
  // ruleid: missing-authorization
  await db.session.delete({ where: { id } });
}

// ok: missing-auth
export async function revokeOtherSessions(currentSessionId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const keep = z.string().cuid().parse(currentSessionId);
  // ok: missing-authorization
  const { count } = await db.session.deleteMany({ where: { userId: session.user.id, NOT: { id: keep } } });
  await auditLog({ action: "account.sessions_revoked", actorId: session.user.id, meta: { count } });
  return { count };
}

// ruleid: missing-auth
export async function deleteAccount() {
  const session = await auth();
  const userId = session?.user?.id as string;
  await db.$transaction([db.membership.deleteMany({ where: { userId } }), db.user.delete({ where: { id: userId } })]);
  await auditLog({ action: "account.deleted", actorId: userId });
  await signOut({ redirectTo: "/" });
}

const ProfileSchema = z.object({
  name: z.string().trim().min(1).max(120),
  emailVerified: z.coerce.date().optional(),
});

// ok: missing-auth, missing-input-validation
export async function updateProfile(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const data = ProfileSchema.parse({ name: formData.get("name"), emailVerified: formData.get("emailVerified") ?? undefined });
  await db.user.update({
    where: { id: session.user.id },
    // ruleid: mass-assignment
    data,
  });
}

// ok: missing-auth
export async function getAccount() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({ where: { id: session.user.id }, include: { sessions: true } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth
export async function getAccountSummary() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({ where: { id: session.user.id } });
  if (!user) return null;
  // ok: excessive-data-exposure
  return { name: user.name, email: user.email, twoFactorEnabled: user.twoFactorEnabled };
}

// Google-only accounts can add a password later.
// ruleid: missing-audit-log
export async function setInitialPassword(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const password = z.string().min(10).max(200).parse(formData.get("password"));
  await checkRateLimit(`set-password:${session.user.id}`, strictLimiter);
  const user = await db.user.findUnique({ where: { id: session.user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (user?.passwordHash != null) return { error: "You already have a password. Use change password." };
  await db.user.update({ where: { id: session.user.id }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  return { ok: true };
}
