"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/better";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit, rateLimitByIp, clientIp } from "@/lib/ratelimit";
import { logger, auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { hashToken } from "@/lib/secure-compare";
import { randomBytes, createHmac } from "node:crypto";

const credentialsSchema = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function signInAction(_prev: unknown, formData: FormData) {
  const parsed = credentialsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password." };
  const rl = await checkRateLimit(`signin:${parsed.data.email}:${await clientIp()}`);
  if (!rl.success) return { error: "Too many attempts. Try again in a minute." };
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch {
    logger.warn("auth.signin.failed", { email: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }
  logger.info("auth.signin.succeeded", { email: parsed.data.email });
  redirect("/dashboard");
}

const signUpSchema = credentialsSchema.extend({ name: z.string().min(1).max(80) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUpAction(_prev: unknown, formData: FormData) {
  await rateLimitByIp("signup");
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  // ok: mass-assignment
  await auth.api.signUpEmail({ body: { email: parsed.data.email, password: parsed.data.password, name: parsed.data.name } });
  return { ok: true, message: "Check your email to verify your account." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function forgotPassword(_prev: unknown, formData: FormData) {
  const parsed = z.object({ email: z.string().email() }).safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that email address." };
  const token = randomBytes(32).toString("hex");
  await prisma.auditLog.create({ data: { actorId: user.id, action: "password.reset.requested", meta: { tokenHash: hashToken(token) } } });
  await sendMail(parsed.data.email, "Reset your Gleanery password", `<a href="https://gleanery.org/reset?t=${token}">Reset password</a>`);
  return { ok: true };
}

const otpSchema = z.object({ userId: z.string().cuid(), otp: z.string().regex(/^\d{6}$/) });

function totpNow(secret: string) {
  const counter = Math.floor(Date.now() / 30000).toString();
  return (parseInt(createHmac("sha1", secret).update(counter).digest("hex").slice(-8), 16) % 1_000_000).toString().padStart(6, "0");
}

// Second step of staff sign-in when 2FA is enabled
// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifyTwoFactor(_prev: unknown, formData: FormData) {
  const parsed = otpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter the 6-digit code." };
  const rl = await checkRateLimit(`otp:${parsed.data.userId}`);
  if (!rl.success) return { error: "Too many attempts." };
  const user = await prisma.user.findUnique({ where: { id: parsed.data.userId }, select: { twoFactorSecret: true } });
  if (!user?.twoFactorSecret) return { error: "Invalid code." };
  const otp = totpNow(user.twoFactorSecret);
  // ruleid: timing-unsafe-comparison
  if (otp !== parsed.data.otp) {
    await auditLog({ actorId: parsed.data.userId, action: "auth.2fa.failed" });
    return { error: "Invalid code." };
  }
  await auditLog({ actorId: parsed.data.userId, action: "auth.2fa.succeeded" });
  redirect("/dashboard");
}
