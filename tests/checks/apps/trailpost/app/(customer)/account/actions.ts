"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { auth, signOut } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp, ratelimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { sendEmail } from "@/lib/mailer";
import { verifyTotp } from "./totp";

const PasswordSchema = z.object({ current: z.string().min(1), next: z.string().min(12).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  await rateLimitByIp("change-password");
  const input = PasswordSchema.parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(input.current, user.passwordHash))) return { error: "Current password is wrong" };
  await prisma.user.update({ where: { id: session.user.id }, data: { passwordHash: await bcrypt.hash(input.next, 12) } });
  await auditLog({ actorId: session.user.id, action: "account.password_changed" });
  return { ok: true };
}

// why: changes the login email with neither a rate limit nor an audit entry, and sends a confirmation email
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function changeEmail(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const email = z.string().email().parse(formData.get("email"));
  // ok: missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data: { email, emailVerified: null } });
  await sendEmail(email, "Confirm your new email", "<p>Click to confirm.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccount(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const confirm = z.literal("DELETE").parse(formData.get("confirm"));
  logger.warn({ userId: session.user.id, confirm }, "account.deleted");
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: session.user.id } });
  await signOut({ redirectTo: "/" });
}

// why: disabling 2FA without rate limiting the code check and without an audit log
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function disableTwoFactor(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { twoFactorSecret: true } });
  if (!user?.twoFactorSecret || !verifyTotp(user.twoFactorSecret, code)) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function enableTwoFactor(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const { success } = await ratelimit.limit(`2fa:${session.user.id}`);
  if (!success) return { error: "Too many attempts" };
  const { secret, code } = z.object({ secret: z.string().length(32), code: z.string().regex(/^\d{6}$/) }).parse(Object.fromEntries(formData));
  if (!verifyTotp(secret, code)) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorEnabled: true, twoFactorSecret: secret } });
  await auditLog({ actorId: session.user.id, action: "account.2fa_enabled" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const data = z.object({ name: z.string().max(80), phone: z.string().max(20) }).parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data });
  return { ok: true };
}

// ok: missing-auth
export async function updatePreferences(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const raw = Object.fromEntries(formData);
  if (typeof raw.name !== "string" || raw.name.length > 80) return { error: "Invalid name" };
  // why: the whole FormData object is written to the user row (isStaff, emailVerified, passwordHash...)
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: session.user.id }, data: raw });
  return { ok: true };
}

// ok: missing-auth
export async function getMe() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const me = await prisma.user.findUnique({ where: { id: session.user.id } });
  // why: the caller's own full User row, including passwordHash and twoFactorSecret
  // ruleid: excessive-data-exposure
  return me;
}
