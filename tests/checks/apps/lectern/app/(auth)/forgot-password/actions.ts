"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";
import { checkRateLimit, clientIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";

const GENERIC = "If an account exists for that address, we've sent a reset link.";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  const email = z.string().email().safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid e-mail." };
  const { allowed } = await checkRateLimit(`reset:${await clientIp()}:${email.data}`);
  if (!allowed) return { error: "Too many requests." };

  const user = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } });
  if (user) {
    const token = newToken();
    await prisma.$executeRaw`INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES (${user.id}, ${sha256(token)}, now() + interval '1 hour')`;
    await sendEmail({ to: email.data, subject: "Reset your Lectern password", html: `<a href="${process.env.APP_URL}/reset/${token}">Reset</a>` });
  }
  // ok: information-disclosure
  return { success: GENERIC };
}

const ResetSchema = z.object({ token: z.string().min(20), password: z.string().min(10) });

// ok: missing-auth, missing-audit-log, missing-input-validation
// ruleid: missing-rate-limit
export async function resetPassword(_prev: unknown, formData: FormData) {
  const { token, password } = ResetSchema.parse(Object.fromEntries(formData));
  // ok: timing-unsafe-comparison
  const rows = await prisma.$queryRaw<{ user_id: string }[]>`SELECT user_id FROM password_resets WHERE token_hash = ${sha256(token)} AND expires_at > now() AND used_at IS NULL`;
  // ok: information-disclosure
  if (rows.length === 0) return { error: "This link has expired." };
  await prisma.user.update({ where: { id: rows[0].user_id }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  await prisma.$executeRaw`UPDATE password_resets SET used_at = now() WHERE token_hash = ${sha256(token)}`;
  await auditLog({ actorId: rows[0].user_id, action: "user.password_reset" });
  return { success: "Password updated. You can sign in now." };
}

// Legacy reset (old e-mails still link here): token compared in memory.
// ok: missing-auth
// ruleid: missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPasswordLegacy(userId: string, formData: FormData) {
  const { token, password } = ResetSchema.parse(Object.fromEntries(formData));
  const row = await prisma.$queryRaw<{ reset_token: string }[]>`SELECT reset_token FROM legacy_resets WHERE user_id = ${userId}`;
  // ruleid: timing-unsafe-comparison
  if (!row[0] || row[0].reset_token !== token) return { error: "Invalid link." };
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  return { success: "Password updated." };
}

// Old reset form (still linked from the mobile app).
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPasswordResetLegacy(_prev: unknown, formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account with that e-mail." };
  }
  const token = newToken();
  await prisma.$executeRaw`INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES (${user.id}, ${sha256(token)}, now() + interval '1 hour')`;
  await sendEmail({ to: email, subject: "Reset your password", html: `<a href="${process.env.APP_URL}/reset/${token}">Reset</a>` });
  return { success: "Reset link sent." };
}
