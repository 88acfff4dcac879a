"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { rateLimitByKey } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";
import { validatedActionWithUser } from "@/lib/wrappers";

const passwordSchema = z
  .object({ current: z.string().min(1), next: z.string().min(10).max(200), confirm: z.string() })
  // ok: timing-unsafe-comparison
  .refine((v) => v.next === v.confirm, { message: "Passwords do not match", path: ["confirm"] });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedActionWithUser(passwordSchema, async (data, _fd, user) => {
  await rateLimitByKey(`pw-change:${user.userId}`);
  const row = await prisma.user.findUnique({ where: { id: user.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(data.current, row.passwordHash))) {
    await logSecurityEvent("password.change_failed", { userId: user.userId });
    // ok: information-disclosure
    return { error: "Current password is incorrect" };
  }
  await prisma.user.update({ where: { id: user.userId }, data: { passwordHash: await bcrypt.hash(data.next, 12) } });
  await logSecurityEvent("password.changed", { userId: user.userId });
  return { success: "Password updated" };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyTwoFactorSetup(code: string) {
  const { userId } = await verifySession();
  await rateLimitByKey(`2fa-setup:${userId}`);
  const otp = z.string().regex(/^[0-9]{6}$/).parse(code);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  if (!user?.totpSecret || !authenticator.check(otp, user.totpSecret)) return { ok: false };
  await prisma.user.update({ where: { id: userId }, data: { twoFactorEnabled: true } });
  return { ok: true };
}

// ruleid: missing-audit-log
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function disableTwoFactor(code: string) {
  const { userId } = await verifySession();
  const otp = z.string().regex(/^[0-9]{6}$/).parse(code);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  if (!user?.totpSecret || !authenticator.check(otp, user.totpSecret)) return { ok: false };
  await prisma.user.update({ where: { id: userId }, data: { twoFactorEnabled: false, totpSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  await verifySession();
  const id = z.string().cuid().parse(sessionId);
  // ruleid: missing-authorization
  await prisma.session.delete({ where: { id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function revokeOtherSessions(currentSessionId: string) {
  const { userId } = await verifySession();
  const keep = z.string().cuid().parse(currentSessionId);
  // ok: missing-authorization
  await prisma.session.deleteMany({ where: { userId, NOT: { id: keep } } });
  return { ok: true };
}

// ok: missing-auth
export async function listMySessions() {
  const { userId } = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId }, orderBy: { expires: "desc" } });
  // ruleid: excessive-data-exposure
  return sessions;
}
