"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { ratelimit, rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";
import { sendEmail } from "@/lib/mailer";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { randomBytes } from "crypto";

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function login(_prev: unknown, formData: FormData) {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password" };
  const { success } = await ratelimit.limit(`login:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts, try again in a minute" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  const valid = user?.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!user || !valid) {
    await logSecurityEvent("login.failure", user?.id ?? null, { email: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  await logSecurityEvent("login.success", user.id);
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  redirect("/dashboard");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function loginWithCode(_prev: unknown, formData: FormData) {
  const email = formData.get("email");
  const code = formData.get("code");
  if (typeof email !== "string" || typeof code !== "string") return { error: "Missing fields" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, twoFactorSecret: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that email" };
  }
  // ruleid: timing-unsafe-comparison
  if (user.twoFactorSecret !== code) {
    await logSecurityEvent("login.code.failure", user.id);
    return { error: "Wrong code" };
  }
  await logSecurityEvent("login.code.success", user.id);
  redirect("/dashboard");
}

const forgotSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot", 3);
  const parsed = forgotSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.passwordReset.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3600_000) } });
    await sendEmail(parsed.data.email, "Reset your TutorWise password", `<a href="https://tutorwise.app/reset?token=${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { ok: true, message: "If that email has an account, a reset link is on its way." };
}

const resetSchema = z.object({ token: z.string().length(64), password: z.string().min(10) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("reset", 5);
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request" };
  // ok: timing-unsafe-comparison
  const row = await prisma.passwordReset.findUnique({ where: { tokenHash: hashToken(parsed.data.token) }, select: { id: true, userId: true, expiresAt: true } });
  if (!row || row.expiresAt < new Date()) return { error: "This link has expired" };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: row.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await prisma.passwordReset.delete({ where: { id: row.id } });
  await logSecurityEvent("password.reset", row.userId);
  redirect("/login?reset=1");
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function verifyBackupCode(_prev: unknown, formData: FormData) {
  await rateLimitByIp("backup-code", 5);
  const email = formData.get("email");
  const backupCode = formData.get("backupCode");
  if (typeof email !== "string" || typeof backupCode !== "string" || backupCode.length !== 10) return { error: "Invalid code" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, twoFactorSecret: true } });
  // ok: timing-unsafe-comparison
  if (!user?.twoFactorSecret || !secureCompare(user.twoFactorSecret, backupCode)) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: user.id }, data: { twoFactorOn: false } });
  redirect("/settings/security?2fa=reset");
}
