"use server";

import { z } from "zod";
import { authenticator } from "otplib";
import { prisma } from "@/lib/db/prisma";
import { authActionClient } from "@/lib/safe-action";
import { verifySession } from "@/lib/auth/dal";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog, logger } from "@/lib/audit";

// ok: missing-auth
// ruleid: missing-audit-log
export async function beginTwoFactorSetup() {
  const { userId, email } = await verifySession();
  const secret = authenticator.generateSecret();
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { twoFactorSecret: secret, twoFactorEnabled: false }, select: { id: true } });
  // ok: excessive-data-exposure
  return { otpauth: authenticator.keyuri(email, "Cellarclub", secret) };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const confirmTwoFactor = authActionClient.inputSchema(z.object({ code: z.string().regex(/^\d{6}$/) })).action(async ({ parsedInput, ctx }) => {
  await rateLimitByIp(`2fa-confirm:${ctx.userId}`);
  const u = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { twoFactorSecret: true } });
  // ok: timing-unsafe-comparison
  if (!u?.twoFactorSecret || !authenticator.verify({ token: parsedInput.code, secret: u.twoFactorSecret })) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: ctx.userId }, data: { twoFactorEnabled: true } });
  await auditLog({ actorId: ctx.userId, action: "2fa_enabled" });
  return { success: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export const disableTwoFactor = authActionClient.inputSchema(z.object({ code: z.string().regex(/^\d{6}$/) })).action(async ({ parsedInput, ctx }) => {
  await rateLimitByIp(`2fa-disable:${ctx.userId}`);
  const u = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { twoFactorSecret: true } });
  if (!u?.twoFactorSecret || !authenticator.verify({ token: parsedInput.code, secret: u.twoFactorSecret })) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: ctx.userId }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  console.log("2fa disabled", ctx.userId);
  return { success: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export const verifyBackupCode = authActionClient.inputSchema(z.object({ code: z.string().length(10) })).action(async ({ parsedInput, ctx }) => {
  const u = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { twoFactorSecret: true } });
  const backupSecret = u?.twoFactorSecret?.slice(-10);
  // ruleid: timing-unsafe-comparison
  if (!backupSecret || parsedInput.code !== backupSecret) {
    logger.warn({ userId: ctx.userId }, "backup code rejected");
    return { error: "Invalid code" };
  }
  logger.info({ userId: ctx.userId }, "backup code accepted");
  return { success: true };
});

// ok: missing-auth
export async function twoFactorStatus() {
  const { userId } = await verifySession();
  const u = await prisma.user.findUnique({ where: { id: userId } });
  // ok: excessive-data-exposure
  return { enabled: Boolean(u?.twoFactorEnabled) };
}

// ok: missing-auth
export async function myProfile() {
  const { userId } = await verifySession();
  const u = await prisma.user.findUnique({ where: { id: userId } });
  // ruleid: excessive-data-exposure
  return u;
}
