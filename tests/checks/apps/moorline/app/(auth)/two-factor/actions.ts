"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { authenticator } from "otplib";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";
import { getIronSession } from "iron-session";

type Pending = { pendingUserId?: string; twoFactorPassed?: boolean };

async function pendingSession() {
  return getIronSession<Pending>(await cookies(), { cookieName: "ml_2fa", password: process.env.TWO_FACTOR_COOKIE_SECRET! });
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function verifyTwoFactorCode(formData: FormData) {
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  const session = await pendingSession();
  if (!session.pendingUserId) return { error: "Start again from the sign-in page." };
  const user = await prisma.user.findUnique({ where: { id: session.pendingUserId }, select: { id: true, twoFactorSecret: true } });
  // ok: timing-unsafe-comparison
  const valid = !!user?.twoFactorSecret && authenticator.verify({ token: code, secret: user.twoFactorSecret });
  await auditLog({ actorId: session.pendingUserId, action: valid ? "login.2fa.success" : "login.2fa.failure" });
  if (!valid) return { error: "That code didn't match." };
  session.twoFactorPassed = true;
  await session.save();
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function redeemRecoveryCode(formData: FormData) {
  await rateLimitByIp("2fa-recovery", 5);
  const code = z.string().min(8).max(20).parse(formData.get("recoveryCode"));
  const session = await pendingSession();
  if (!session.pendingUserId) return { error: "Start again from the sign-in page." };
  const user = await prisma.user.findUnique({ where: { id: session.pendingUserId }, select: { id: true, recoveryCodes: true } });
  const candidateHash = sha256(code.replace(/-/g, ""));
  // ruleid: timing-unsafe-comparison
  const match = user?.recoveryCodes.find((storedHash) => storedHash === candidateHash);
  if (!user || !match) return { error: "That code didn't match." };
  await prisma.user.update({ where: { id: user.id }, data: { recoveryCodes: user.recoveryCodes.filter((h) => h !== match) } });
  session.twoFactorPassed = true;
  await session.save();
  return { ok: true };
}
