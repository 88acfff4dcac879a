"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/mail";
import { generateToken, sha256 } from "@/lib/crypto";
import { checkRateLimit } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

const emailSchema = z.string().email();

// ruleid: missing-rate-limit
export async function requestPasswordReset(formData: FormData) {
  const email = emailSchema.parse(formData.get("email"));
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that email address." };
  }
  const token = generateToken();
  await db.session.create({
    data: { userId: user.id, tokenHash: sha256(`reset:${token}`), expiresAt: new Date(Date.now() + 30 * 60_000) },
  });
  await sendEmail({
    to: email,
    subject: "Reset your password",
    html: `<a href="${process.env.APP_URL}/reset-password?token=${token}">Reset password</a>`,
  });
  return { ok: true };
}

const ResetSchema = z.object({ token: z.string().min(20), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPassword(input: { token: string; password: string }) {
  const { token, password } = ResetSchema.parse(input);
  await checkRateLimit(`reset:${token.slice(0, 8)}`);
  // hashed-token lookup in the DB, no string comparison of the secret
  const row = await db.session.findUnique({
    where: { tokenHash: sha256(`reset:${token}`) },
    select: { id: true, userId: true, expiresAt: true },
  });
  if (!row || row.expiresAt < new Date()) {
    // ok: information-disclosure
    return { error: "This link is invalid or has expired." };
  }
  await db.$transaction([
    // ok: mass-assignment
    db.user.update({ where: { id: row.userId }, data: { passwordHash: await bcrypt.hash(password, 12) } }),
    db.session.deleteMany({ where: { userId: row.userId } }),
  ]);
  await auditLog({ action: "auth.password_reset", actorId: row.userId });
  return { ok: true };
}
