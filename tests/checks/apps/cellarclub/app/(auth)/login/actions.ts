"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth/authjs";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/mailer";
import { sha256 } from "@/lib/crypto";
import { randomBytes } from "node:crypto";

const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(8) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function login(_prev: unknown, formData: FormData) {
  await rateLimitByIp("login");
  const parsed = LoginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  const valid = user?.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!valid) {
    await auditLog({ actorId: user?.id, action: "login_failed", meta: { email: parsed.data.email } });
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }
  await auditLog({ actorId: user!.id, action: "login_success" });
  await signIn("credentials", { ...parsed.data, redirectTo: "/dashboard" });
}

const ForgotSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot");
  const parsed = ForgotSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that email address." };
  }
  const raw = randomBytes(32).toString("hex");
  await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(raw), expiresAt: new Date(Date.now() + 3600_000) } });
  await sendEmail(parsed.data.email, "Reset your Cellarclub password", `<a href="https://cellarclub.app/reset?token=${raw}">Reset</a>`);
  return { success: true };
}

const ResetSchema = z.object({ token: z.string().min(32), password: z.string().min(10) });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log, missing-input-validation
export async function resetPassword(_prev: unknown, formData: FormData) {
  const parsed = ResetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request." };
  // ok: timing-unsafe-comparison
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: sha256(parsed.data.token) }, select: { id: true, userId: true, expiresAt: true } });
  if (!record || record.expiresAt < new Date()) return { error: "This link has expired." };
  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await auditLog({ actorId: record.userId, action: "password_reset" });
  return { success: true };
}
