"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth, signOut } from "@/lib/auth";
import { requireMember } from "@/lib/auth/guards";
import { rateLimitByIp, checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mail";
import { safeEqual } from "@/lib/secure-compare";

const passwordSchema = z.object({ current: z.string().min(1), next: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(formData: FormData) {
  const ctx = await requireMember();
  await rateLimitByIp("change-password");
  const { current, next } = passwordSchema.parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await bcrypt.compare(current, user.passwordHash))) return { error: "Current password is incorrect" };
  await prisma.user.update({ where: { id: ctx.userId }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  await auditLog({ actorId: ctx.userId, action: "password.changed" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function changeEmail(formData: FormData) {
  const ctx = await requireMember();
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await prisma.user.update({ where: { id: ctx.userId }, data: { email, emailVerified: null } });
  await sendMail(email, "Confirm your new email", "<p>Please confirm your new address.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteAccount() {
  const ctx = await requireMember();
  await prisma.user.delete({ where: { id: ctx.userId } });
  await signOut({ redirectTo: "/" });
}

// ok: missing-auth, missing-input-validation
export async function myAccount() {
  const ctx = await requireMember();
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: ctx.userId } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation
export async function myAccountSummary() {
  const ctx = await requireMember();
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { email: true, name: true, role: true } });
  // ok: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function disableTwoFactor(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  if (!(await checkRateLimit(`2fa:${session.user.id}`))) return { error: "Too many attempts" };
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { twoFactorSecret: true } });
  // ruleid: timing-unsafe-comparison
  if (user?.twoFactorSecret !== code) return { error: "Wrong code" };
  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorSecret: null } });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function myNotificationEmail() {
  const session = await auth();
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: session?.user?.id }, select: { email: true } });
  return user?.email ?? null;
}

// ok: missing-auth, missing-input-validation
export async function hasPasswordSet() {
  const ctx = await requireMember();
  const user = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (user?.passwordHash === null || user?.passwordHash === "") return { hasPassword: false };
  // ok: excessive-data-exposure
  return { hasPassword: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function confirmRecoveryCode(formData: FormData) {
  const ctx = await requireMember();
  const code = z.string().length(10).parse(formData.get("code"));
  await rateLimitByIp("recovery-code");
  const user = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { twoFactorSecret: true } });
  // ok: timing-unsafe-comparison
  if (!user?.twoFactorSecret || !safeEqual(user.twoFactorSecret, code)) return { error: "Invalid code" };
  return { ok: true };
}
