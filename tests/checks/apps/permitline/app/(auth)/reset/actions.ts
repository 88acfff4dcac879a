"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { authLimiter, rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";
import { sha256 } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot", authLimiter);
  const parsed = z.object({ email: z.string().email() }).safeParse({ email: formData.get("email") });
  if (!parsed.success) return { message: "Enter a valid email." };

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (user) {
    const raw = randomBytes(32).toString("hex");
    await prisma.passwordResetToken.create({
      data: { userId: user.id, tokenHash: sha256(raw), expiresAt: new Date(Date.now() + 3600_000) },
    });
    await sendEmail(parsed.data.email, "Reset your password", `<a href="${process.env.APP_URL}/reset/${raw}">Reset</a>`);
  }
  // ok: information-disclosure
  return { message: "If that address has an account, a reset link is on its way." };
}

const resetSchema = z.object({ token: z.string().length(64), password: z.string().min(12).max(128) });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log, missing-input-validation
export async function resetPassword(_prev: unknown, formData: FormData) {
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request." };
  // ok: timing-unsafe-comparison
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: sha256(parsed.data.token) } });
  if (!record || record.expiresAt < new Date()) return { error: "This link has expired." };

  await prisma.$transaction([
    prisma.user.update({ where: { id: record.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } }),
    prisma.passwordResetToken.delete({ where: { id: record.id } }),
    prisma.session.deleteMany({ where: { userId: record.userId } }),
  ]);
  await auditLog({ action: "password.reset", actorId: record.userId });
  return { success: true };
}
