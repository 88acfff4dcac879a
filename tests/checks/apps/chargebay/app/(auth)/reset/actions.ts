"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { generateToken, hashToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/notify";
import { rateLimitByIp, rateLimitByKey } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

const emailSchema = z.object({ email: z.string().email().max(320) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  const parsed = emailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid e-mail address." };
  await rateLimitByIp("password-reset");
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email.toLowerCase() }, select: { id: true, email: true } });
  if (user) {
    const token = generateToken();
    await prisma.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 30 * 60_000) },
    });
    await sendEmail({
      to: user.email,
      subject: "Reset your Chargebay password",
      html: `<a href="${process.env.APP_URL}/reset/${token}">Choose a new password</a>`,
    });
  }
  // ok: information-disclosure
  return { message: "If that e-mail is registered, a reset link is on its way." };
}

const resetSchema = z.object({ token: z.string().min(20).max(100), password: z.string().min(12).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Password must be at least 12 characters." };
  await rateLimitByIp("password-reset-confirm");
  // ok: timing-unsafe-comparison
  const row = await prisma.passwordResetToken.findUnique({ where: { tokenHash: hashToken(parsed.data.token) } });
  if (!row || row.expiresAt < new Date()) return { error: "This link has expired. Request a new one." };
  await prisma.$transaction([
    prisma.user.update({ where: { id: row.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } }),
    prisma.passwordResetToken.deleteMany({ where: { userId: row.userId } }),
    prisma.userSession.deleteMany({ where: { userId: row.userId } }),
  ]);
  await auditLog({ actorId: row.userId, action: "user.password_reset" });
  redirect("/login?reset=1");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendVerificationEmail(_prev: unknown, formData: FormData) {
  const parsed = emailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid e-mail address." };
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email.toLowerCase() },
    select: { id: true, email: true, emailVerified: true },
  });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account with that e-mail." };
  }
  if (user.emailVerified) {
    // ruleid: information-disclosure
    return { error: "That e-mail is already verified — just sign in." };
  }
  const token = generateToken();
  await prisma.emailChangeToken.create({
    data: { userId: user.id, newEmail: user.email, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await sendEmail({ to: user.email, subject: "Verify your e-mail", html: `<a href="${process.env.APP_URL}/verify/${token}">Verify</a>` });
  // ok: information-disclosure
  return { message: "Verification e-mail sent." };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifyEmail(token: string) {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return { error: "Invalid link" };
  await rateLimitByKey(`verify:${token.slice(0, 8)}`);
  const row = await prisma.emailChangeToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, newEmail: true, expiresAt: true } });
  if (!row || row.expiresAt < new Date()) return { error: "This link has expired." };
  await prisma.user.update({ where: { id: row.userId }, data: { email: row.newEmail, emailVerified: new Date() } });
  await prisma.emailChangeToken.delete({ where: { id: row.id } });
  await auditLog({ actorId: row.userId, action: "user.email_verified", metadata: { email: row.newEmail } });
  // ok: information-disclosure
  return { ok: true };
}
