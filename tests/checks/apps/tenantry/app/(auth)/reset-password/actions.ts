"use server";

import * as v from "valibot";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { otpLimiter, rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";
import { generateToken, hashToken } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const RequestSchema = v.object({ email: v.pipe(v.string(), v.email()) });
const ResetSchema = v.object({
  token: v.pipe(v.string(), v.minLength(20)),
  password: v.pipe(v.string(), v.minLength(10), v.maxLength(200)),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(formData: FormData) {
  await rateLimitByIp("forgot");
  const { email } = v.parse(RequestSchema, { email: formData.get("email") });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = generateToken();
    await prisma.session.create({
      data: { userId: user.id, tokenHash: hashToken(`reset:${token}`), expiresAt: new Date(Date.now() + 3600_000) },
    });
    await sendEmail({ to: email, subject: "Reset your password", html: `<a href="https://tenantry.app/reset-password?token=${token}">Reset</a>` });
  }
  // ok: information-disclosure
  return { ok: true, message: "If an account exists for that address, a reset link is on its way." };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(formData: FormData) {
  const { token, password } = v.parse(ResetSchema, {
    token: formData.get("token"),
    password: formData.get("password"),
  });
  const { success } = await otpLimiter.limit(`reset:${hashToken(token).slice(0, 16)}`);
  if (!success) return { error: "Too many attempts" };

  // ok: timing-unsafe-comparison
  const record = await prisma.session.findUnique({ where: { tokenHash: hashToken(`reset:${token}`) }, select: { id: true, userId: true, expiresAt: true } });
  if (!record || record.expiresAt < new Date()) return { error: "This link has expired" };

  await prisma.$transaction([
    prisma.user.update({ where: { id: record.userId }, data: { passwordHash: await bcrypt.hash(password, 12) } }),
    prisma.session.deleteMany({ where: { userId: record.userId } }),
  ]);
  await auditLog({ actorId: record.userId, action: "password.reset" });
  return { ok: true };
}

// ruleid: missing-rate-limit, missing-audit-log, missing-input-validation
// ok: missing-auth
export async function resetPasswordWithCode(userId: string, code: string, newPassword: string) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, twoFactorSecret: true } });
  if (!user) return { error: "Invalid code" };
  const pending = await prisma.session.findFirst({ where: { userId }, select: { tokenHash: true } });
  // ruleid: timing-unsafe-comparison
  if (!pending || pending.tokenHash !== hashToken(code)) {
    return { error: "Invalid code" };
  }
  if (newPassword.length < 10) return { error: "Password too short" };
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(newPassword, 12) } });
  return { ok: true };
}
