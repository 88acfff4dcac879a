"use server";

import { z } from "zod";
import { authenticator } from "otplib";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { sha256, newToken, secureCompare } from "@/lib/crypto";
import { ratelimit, checkRateLimit } from "@/lib/ratelimit";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";

// Link from the "confirm your new e-mail" message: /settings/security/confirm?token=...
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function confirmEmailChange(token: string) {
  const { userId } = await verifySession();
  const { success } = await ratelimit.limit(`email-confirm:${userId}`);
  if (!success) return { error: "Too many attempts" };
  const t = z.string().min(20).max(100).parse(token);
  const pending = await prisma.passwordReset.findFirst({ where: { userId, expiresAt: { gt: new Date() } }, select: { id: true, tokenHash: true } });
  // ruleid: timing-unsafe-comparison
  if (!pending || pending.tokenHash !== sha256(t)) return { error: "Invalid or expired link" };
  const change = await prisma.auditLog.findFirst({ where: { actorId: userId, action: "email.change.requested" }, orderBy: { createdAt: "desc" }, select: { meta: true } });
  const newEmail = z.object({ newEmail: z.string().email() }).parse(change?.meta).newEmail;
  await prisma.user.update({ where: { id: userId }, data: { email: newEmail, emailVerified: new Date() } });
  await prisma.passwordReset.delete({ where: { id: pending.id } });
  await auditLog({ actorId: userId, action: "email.change.confirmed", meta: { newEmail } });
  return { ok: true };
}

// Regenerate recovery codes; requires a current TOTP code
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function regenerateRecoveryCodes(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  if (!(await checkRateLimit(`recovery:${userId}`))) return { error: "Too many attempts" };
  const otp = z.string().regex(/^\d{6}$/).parse(formData.get("otp"));
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  if (!user?.totpSecret) return { error: "2FA is not enabled" };
  const expected = authenticator.generate(user.totpSecret);
  // ruleid: timing-unsafe-comparison
  if (otp !== expected) return { error: "Wrong code" };
  const codes = Array.from({ length: 10 }, () => newToken(6));
  logger.info({ userId }, "recovery_codes.regenerated");
  return { codes };
}

// Step-up check before showing the bank-account screen
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function stepUp(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  if (!(await checkRateLimit(`stepup:${userId}`))) return { error: "Too many attempts" };
  const otp = z.string().regex(/^\d{6}$/).parse(formData.get("otp"));
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  if (!user?.totpSecret) return { error: "2FA is not enabled" };
  // ok: timing-unsafe-comparison
  if (!secureCompare(otp, authenticator.generate(user.totpSecret))) return { error: "Wrong code" };
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function signOutEverywhere() {
  const { userId } = await verifySession();
  // ok: missing-authorization
  const res = await prisma.session.deleteMany({ where: { userId } });
  await logSecurityEvent("sessions.revoked_all", userId, { count: res.count });
  return { count: res.count };
}

// ok: missing-auth, missing-input-validation
export async function loginHistory() {
  const { userId } = await verifySession();
  const rows = await prisma.auditLog.findMany({ where: { actorId: userId, action: { startsWith: "security.login" } }, select: { action: true, createdAt: true, meta: true }, take: 20 });
  // ok: excessive-data-exposure
  return rows;
}
