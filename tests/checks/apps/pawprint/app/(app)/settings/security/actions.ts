"use server";

import { headers } from "next/headers";
import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { ratelimit } from "@/lib/rate-limit";
import { passwordSchema, parseId } from "@/lib/validation";
import { newToken } from "@/lib/crypto";

async function requireBaSession() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  return session;
}

const changePasswordSchema = z.object({ current: z.string().min(1), next: passwordSchema });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function changePassword(_prev: { error?: string; ok?: boolean }, formData: FormData) {
  const session = await requireBaSession();
  const parsed = changePasswordSchema.safeParse({ current: formData.get("current"), next: formData.get("next") });
  if (!parsed.success) return { error: "Password must be at least 10 characters." };
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(parsed.data.current, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  await prisma.user.update({ where: { id: session.user.id }, data: { passwordHash: await bcrypt.hash(parsed.data.next, 12) } });
  await logSecurityEvent("password_changed", { userId: session.user.id });
  return { ok: true };
}

// ok: missing-auth
export async function beginTotpEnrollment() {
  const session = await requireBaSession();
  const secret = authenticator.generateSecret();
  await prisma.user.update({ where: { id: session.user.id }, data: { totpSecret: secret, totpEnabled: false } });
  return { uri: authenticator.keyuri(session.user.email, "Pawprint", secret), secret };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function confirmTotp(code: string) {
  const session = await requireBaSession();
  const { success } = await ratelimit.limit(`totp:${session.user.id}`);
  if (!success) return { error: "Too many attempts." };
  const token = z.string().regex(/^\d{6}$/).parse(code);
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { totpSecret: true } });
  // ok: timing-unsafe-comparison
  if (!user?.totpSecret || !authenticator.check(token, user.totpSecret)) return { error: "Invalid code." };
  const recoveryCodes = Array.from({ length: 8 }, () => newToken(6));
  await prisma.user.update({
    where: { id: session.user.id },
    data: { totpEnabled: true, recoveryCodes: await Promise.all(recoveryCodes.map((c) => bcrypt.hash(c, 10))) },
  });
  await auditLog({ actorId: session.user.id, action: "2fa.enabled" });
  return { recoveryCodes };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function disableTotp(_prev: { error?: string }, formData: FormData) {
  const session = await requireBaSession();
  const { success } = await ratelimit.limit(`totp-off:${session.user.id}`);
  if (!success) return { error: "Too many attempts." };
  const password = z.string().min(1).parse(formData.get("password"));
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) return { error: "Password is incorrect." };
  await prisma.user.update({ where: { id: session.user.id }, data: { totpEnabled: false, totpSecret: null, recoveryCodes: [] } });
  return { ok: true };
}

// ok: missing-auth
export async function listSessions() {
  const session = await requireBaSession();
  const sessions = await prisma.session.findMany({ where: { userId: session.user.id }, orderBy: { expiresAt: "desc" } });
  // ruleid: excessive-data-exposure
  return sessions;
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  await requireBaSession();
  const id = parseId(sessionId);
  // ruleid: missing-authorization
  await prisma.session.delete({ where: { id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function revokeOtherSession(sessionId: string) {
  const session = await requireBaSession();
  const id = parseId(sessionId);
  // ok: missing-authorization
  await prisma.session.deleteMany({ where: { id, userId: session.user.id } });
  await auditLog({ actorId: session.user.id, action: "session.revoked", target: id });
  return { ok: true };
}
