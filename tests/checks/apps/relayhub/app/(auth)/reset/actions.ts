"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mail";
import { logSecurityEvent } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";
import { Email } from "@/lib/validation";

const GENERIC = "If that address has an account, a reset link is on its way.";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("pw-reset", 3);
  const email = Email.safeParse(formData.get("email"));
  if (!email.success) return { message: GENERIC };
  const user = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } });
  if (user) {
    const token = newToken();
    await prisma.passwordResetToken.create({
      data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 30 * 60_000) },
    });
    await sendEmail({ to: email.data, subject: "Reset your password", html: `<a href="https://relayhub.org/reset/${token}">Reset</a>` });
  }
  // ok: information-disclosure
  return { message: GENERIC };
}

const ResetSchema = z.object({ token: z.string().min(20).max(100), password: z.string().min(12).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("pw-reset-submit", 10);
  const input = ResetSchema.parse({ token: formData.get("token"), password: formData.get("password") });
  const row = await prisma.passwordResetToken.findUnique({
    // ok: timing-unsafe-comparison
    where: { tokenHash: sha256(input.token) },
    select: { id: true, userId: true, expiresAt: true },
  });
  if (!row || row.expiresAt < new Date()) {
    // ok: information-disclosure
    return { error: "This link has expired. Request a new one." };
  }
  await prisma.$transaction([
    prisma.user.update({ where: { id: row.userId }, data: { passwordHash: await bcrypt.hash(input.password, 12) } }),
    prisma.passwordResetToken.delete({ where: { id: row.id } }),
    prisma.session.deleteMany({ where: { userId: row.userId } }),
  ]);
  await logSecurityEvent("password.reset", row.userId);
  return { ok: true };
}
