"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";
import { sha256 } from "@/lib/secure-compare";
import { logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(formData: FormData) {
  await rateLimitByIp("forgot");
  const parsed = z.object({ email: z.string().email() }).safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 36e5) } });
    await sendEmail(parsed.data.email, "Reset your password", `<a href="https://cinderpath.run/reset?token=${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { message: "If that email has an account, a reset link is on its way." };
}

const resetSchema = z.object({ token: z.string().length(64), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPassword(formData: FormData) {
  await rateLimitByIp("reset");
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request." };
  // ok: timing-unsafe-comparison
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: sha256(parsed.data.token) } });
  if (!record || record.expiresAt < new Date()) return { error: "This link has expired." };
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash } });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await logSecurityEvent("password.reset", record.userId);
  return { ok: true };
}
