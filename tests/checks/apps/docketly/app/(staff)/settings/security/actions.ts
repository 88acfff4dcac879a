"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { authenticator } from "otplib";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { newToken, hashToken } from "@/lib/crypto";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function enableTwoFactor(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  await rateLimitByIp("2fa-enable", 5);
  const { secret, code } = z.object({ secret: z.string().length(32), code: z.string().regex(/^\d{6}$/) }).parse(Object.fromEntries(formData));
  // ok: timing-unsafe-comparison
  if (!authenticator.check(code, secret)) return { error: "That code didn't match." };
  const recovery = Array.from({ length: 10 }, () => newToken(8));
  await prisma.user.update({ where: { id: session.userId }, data: { totpSecret: secret, twoFactorEnabled: true, recoveryCodes: recovery.map(hashToken) } });
  await auditLog({ firmId: session.firmId, actorId: session.userId, action: "2fa.enabled" });
  return { recoveryCodes: recovery };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function disableTwoFactor(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  await rateLimitByIp("2fa-disable", 5);
  const { password } = z.object({ password: z.string().min(1) }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) return { error: "Password is incorrect." };
  await prisma.user.update({ where: { id: session.userId }, data: { totpSecret: null, twoFactorEnabled: false, recoveryCodes: [] } });
  revalidatePath("/settings/security");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  const session = await verifySession();
  if (typeof sessionId !== "string" || sessionId.length > 64) throw new Error("Bad session id");
  // ruleid: missing-authorization
  await prisma.session.delete({ where: { id: sessionId } });
  revalidatePath("/settings/security");
  return { revokedBy: session.userId };
}

// ok: missing-auth, missing-input-validation
export async function revokeOtherSessions(currentSessionId: string) {
  const session = await verifySession();
  const keep = z.string().max(64).parse(currentSessionId);
  // ok: missing-authorization
  await prisma.session.deleteMany({ where: { userId: session.userId, NOT: { id: keep } } });
  await auditLog({ firmId: session.firmId, actorId: session.userId, action: "sessions.revoked_others" });
}

// ok: missing-auth
export async function listSessions() {
  const session = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId: session.userId }, orderBy: { expiresAt: "desc" } });
  // ruleid: excessive-data-exposure
  return sessions;
}

// ok: missing-auth
export async function listSessionsSafe() {
  const session = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId: session.userId }, select: { id: true, userAgent: true, ip: true, expiresAt: true } });
  // ok: excessive-data-exposure
  return sessions;
}
