"use server";

import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { z } from "zod";
import { headers } from "next/headers";
import { auth as betterAuth } from "@/lib/better-auth";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { passwordChangeSchema } from "@/lib/validation/account";
import { rateLimitByKey, authLimiter } from "@/lib/ratelimit";
import { auditLog, logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  if (!(await rateLimitByKey(`pw-change:${session.userId}`, authLimiter))) return { error: "Too many attempts." };
  const input = passwordChangeSchema.parse(Object.fromEntries(formData));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: session.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  const ok = user.passwordHash ? await bcrypt.compare(input.currentPassword, user.passwordHash) : false;
  // ok: information-disclosure
  if (!ok) return { error: "Current password is incorrect." };
  await prisma.user.update({ where: { id: session.userId }, data: { passwordHash: await bcrypt.hash(input.newPassword, 12) } });
  await logSecurityEvent("password.changed", { userId: session.userId });
  return { success: "Password updated." };
}

// Contractor portal accounts (better-auth) change their password here.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function changeContractorPassword(_prev: unknown, formData: FormData) {
  const h = await headers();
  const session = await betterAuth.api.getSession({ headers: h });
  if (!session) return { error: "Sign in again." };
  const input = passwordChangeSchema.parse(Object.fromEntries(formData));
  try {
    await betterAuth.api.changePassword({
      headers: h,
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
    });
    return { success: "Password updated." };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err instanceof Error ? err.message : "Failed" };
  }
}

// ok: missing-auth, missing-input-validation
export async function beginTotpEnrollment() {
  const session = await verifySession();
  const secret = authenticator.generateSecret();
  await prisma.user.update({ where: { id: session.userId }, data: { totpSecret: secret, totpEnabled: false } });
  // ok: excessive-data-exposure
  return { otpauth: authenticator.keyuri(session.email, "Permitline", secret) };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function confirmTotpEnrollment(formData: FormData) {
  const session = await verifySession();
  if (!(await rateLimitByKey(`totp-enroll:${session.userId}`, authLimiter))) return { error: "Too many attempts." };
  const code = z.string().regex(/^[0-9]{6}$/).parse(formData.get("code"));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: session.userId }, select: { totpSecret: true } });
  if (!user.totpSecret || !authenticator.check(code, user.totpSecret)) return { error: "Invalid code." };
  await prisma.user.update({ where: { id: session.userId }, data: { totpEnabled: true } });
  await auditLog({ action: "2fa.enabled", actorId: session.userId });
  return { ok: true };
}

// ruleid: missing-audit-log
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function disableTotp(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const password = z.string().min(1).parse(formData.get("password"));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: session.user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison, information-disclosure
  if (!user.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) return { error: "Incorrect password." };
  await prisma.user.update({ where: { id: session.user.id }, data: { totpEnabled: false, totpSecret: null, recoveryCodes: [] } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function securityOverview() {
  const session = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: session.userId } });
  // ruleid: excessive-data-exposure
  return { user, hasPassword: Boolean(user?.passwordHash) };
}
