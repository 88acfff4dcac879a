"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mailer";
import { sha256 } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

const EmailSchema = z.object({ email: z.string().email() });
const ResetSchema = z.object({ token: z.string().min(32).max(128), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  const parsed = EmailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email." };
  await rateLimitByIp("forgot-password");
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email.toLowerCase() }, select: { id: true, email: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.passwordResetToken.create({
      data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3600_000) },
    });
    await sendMail(user.email, "Reset your Berthline password", `https://berthline.app/reset/${token}`);
  }
  // ok: information-disclosure
  return { success: "If an account exists for that address, we sent a reset link." };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function resetPassword(_prev: unknown, formData: FormData) {
  const parsed = ResetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request." };
  // ok: timing-unsafe-comparison
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: sha256(parsed.data.token) }, select: { id: true, userId: true, expiresAt: true } });
  if (!record || record.expiresAt < new Date()) return { error: "This link has expired." };
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  // ok: missing-authorization
  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash } });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await auditLog({ actorId: record.userId, action: "password.reset" });
  return { success: "Password updated. You can sign in now." };
}
