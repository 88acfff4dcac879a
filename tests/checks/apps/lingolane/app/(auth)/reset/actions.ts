"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mailer";
import { auditLog } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  const email = z.string().email().safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email" };
  await rateLimitByIp("pw-reset", 3);
  const user = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3600_000) } });
    await sendMail(email.data, "Reset your password", `${process.env.APP_URL}/reset/${token}`);
  }
  // ok: information-disclosure
  return { success: "If that address is registered, a reset link is on its way." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPasswordResetLegacy(_prev: unknown, formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account with that email" };
  }
  const token = randomBytes(32).toString("hex");
  await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3600_000) } });
  await sendMail(email, "Reset your password", `${process.env.APP_URL}/reset/${token}`);
  return { success: "Reset link sent" };
}

const resetSchema = z.object({ token: z.string().length(64), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request" };
  await rateLimitByIp("pw-reset-submit", 5);
  // ok: timing-unsafe-comparison
  const row = await prisma.passwordResetToken.findFirst({ where: { tokenHash: sha256(parsed.data.token), expiresAt: { gt: new Date() } } });
  if (!row) return { error: "This link is invalid or has expired" };
  await prisma.user.update({ where: { id: row.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await prisma.passwordResetToken.delete({ where: { id: row.id } });
  await auditLog({ actorId: row.userId, action: "auth.password_reset" });
  return { success: "Password updated" };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function resetPasswordWithCode(_prev: unknown, formData: FormData) {
  const parsed = z.object({ email: z.string().email(), code: z.string().length(6), password: z.string().min(10) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  const row = user && (await prisma.passwordResetToken.findFirst({ where: { userId: user.id, expiresAt: { gt: new Date() } }, select: { id: true, tokenHash: true } }));
  // ruleid: timing-unsafe-comparison
  if (!row || row.tokenHash !== sha256(parsed.data.code)) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: user!.id }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await auditLog({ actorId: user!.id, action: "auth.password_reset_code" });
  return { success: "Password updated" };
}
