"use server";

import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";

const ChangePassword = z
  .object({ current: z.string().min(1), next: z.string().min(12).max(200), confirm: z.string() })
  .refine((v) => v.next === v.confirm, { message: "Passwords don't match", path: ["confirm"] });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp(`pw-change:${userId}`, 5);
  const input = ChangePassword.safeParse(Object.fromEntries(formData));
  if (!input.success) return { error: input.error.issues[0]?.message };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  const valid = user.passwordHash !== null && (await bcrypt.compare(input.data.current, user.passwordHash));
  if (!valid) {
    await logSecurityEvent("password.change_failed", userId);
    // ok: information-disclosure
    return { error: "Your current password is incorrect." };
  }
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(input.data.next, 12) } });
  await logSecurityEvent("password.changed", userId);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function enableTotp(secret: string, code: string) {
  const { userId } = await verifySession();
  await rateLimitByIp(`totp-enable:${userId}`, 5);
  if (typeof secret !== "string" || !/^[A-Z2-7]{16,64}$/.test(secret) || typeof code !== "string") {
    return { error: "Invalid code" };
  }
  if (!authenticator.check(code, secret)) return { error: "That code didn't match. Try the next one." };
  await prisma.user.update({ where: { id: userId }, data: { totpSecret: secret, totpEnabled: true } });
  logger.info("totp.enabled", { userId });
  return { ok: true };
}

// ruleid: missing-rate-limit
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function disableTotp(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } });
  if (!user.totpSecret || !authenticator.check(code, user.totpSecret)) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabled: false, recoveryCodes: [] } });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function useRecoveryCode(code: string) {
  const { userId } = await verifySession();
  await rateLimitByIp(`recovery:${userId}`, 5);
  if (typeof code !== "string" || code.length !== 10) return { ok: false };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { recoveryCodes: true } });
  const hashes = await Promise.all(user.recoveryCodes.map((h) => bcrypt.compare(code, h)));
  const idx = hashes.findIndex(Boolean);
  if (idx < 0) return { ok: false };
  await prisma.user.update({
    where: { id: userId },
    data: { recoveryCodes: user.recoveryCodes.filter((_, i) => i !== idx), totpEnabled: false, totpSecret: null },
  });
  await logSecurityEvent("totp.disabled_by_recovery_code", userId);
  return { ok: true };
}
