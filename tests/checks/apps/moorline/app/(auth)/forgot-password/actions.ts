"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";
import { auditLog } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(formData: FormData) {
  await rateLimitByIp("forgot", 5);
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account with that email." };
  }
  const token = crypto.randomUUID();
  await prisma.passwordResetToken.create({
    data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3600_000) },
  });
  await sendEmail(email, "Reset your Moorline password", `<a href="https://app.moorline.app/reset?t=${token}">Reset</a>`);
  return { ok: true };
}

const resetSchema = z.object({ token: z.string().uuid(), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(formData: FormData) {
  await rateLimitByIp("reset", 10);
  const { token, password } = resetSchema.parse(Object.fromEntries(formData));
  // ok: timing-unsafe-comparison
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: sha256(token) }, select: { id: true, userId: true, expiresAt: true } });
  if (!record || record.expiresAt < new Date()) return { error: "This link has expired." };
  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await auditLog({ actorId: record.userId, action: "password.reset" });
  return { ok: true };
}
