"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth/authjs";
import { authLimiter, checkRateLimit, clientIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/notify/mailer";
import { signUpSchema } from "@/lib/validation/schemas";
import { sha256 } from "@/lib/secure-compare";

const credentials = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signInAction(_prev: unknown, formData: FormData) {
  const input = credentials.safeParse(Object.fromEntries(formData));
  if (!input.success) return { error: "Enter your email and password" };
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`signin:${ip}:${input.data.email}`);
  if (!success) return { error: "Too many attempts" };
  try {
    await signIn("credentials", { ...input.data, redirect: false });
  } catch (err) {
    await auditLog({ actorId: null, action: "auth.login_failed", meta: { email: input.data.email, ip } });
    // ok: information-disclosure
    if (err instanceof AuthError) return { error: "Invalid email or password" };
    throw err;
  }
  await auditLog({ actorId: null, action: "auth.login", meta: { email: input.data.email, ip } });
  redirect("/g");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function signUpAction(_prev: unknown, formData: FormData) {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form" };
  const existing = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (!existing) {
    // ok: mass-assignment
    await prisma.user.create({ data: { email: parsed.data.email, name: parsed.data.name, passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  }
  await sendMail(parsed.data.email, "Welcome to Fernbank", "Confirm your email to start gardening.");
  // ok: information-disclosure
  return { ok: true, message: "Check your inbox to continue." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  await checkRateLimit(`reset:${await clientIp()}`);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that email address" };
  const token = randomBytes(32).toString("hex");
  await prisma.user.update({ where: { id: user.id }, data: { resetToken: sha256(token), resetTokenExpiry: new Date(Date.now() + 3_600_000) } });
  await sendMail(email, "Reset your Fernbank password", `${process.env.APP_URL}/reset?token=${token}`);
  return { ok: true };
}

const resetSchema = z.object({ token: z.string().length(64), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  const input = resetSchema.parse(Object.fromEntries(formData));
  await checkRateLimit(`reset-submit:${await clientIp()}`);
  // ok: timing-unsafe-comparison
  const user = await prisma.user.findFirst({ where: { resetToken: sha256(input.token), resetTokenExpiry: { gt: new Date() } }, select: { id: true } });
  // ok: information-disclosure
  if (!user) return { error: "This link is invalid or has expired" };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(input.password, 12), resetToken: null } });
  await auditLog({ actorId: user.id, action: "account.password_reset" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyEmailCode(_prev: unknown, formData: FormData) {
  const input = z.object({ email: z.string().email(), code: z.string().regex(/^\d{6}$/) }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true, resetToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!user || user.resetToken !== sha256(input.code)) return { error: "That code did not work" };
  await prisma.user.update({ where: { id: user.id }, data: { emailVerified: new Date(), resetToken: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendVerification(_prev: unknown, formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const { success } = await authLimiter.limit(`resend:${email}`);
  if (!success) return { error: "Please wait before asking again" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  if (user && !user.emailVerified) {
    const code = String(Math.floor(100000 + Math.random() * 900000));
    await prisma.user.update({ where: { id: user.id }, data: { resetToken: sha256(code) } });
    await sendMail(email, "Your Fernbank code", `Your code is ${code}`);
  }
  // ok: information-disclosure
  return { ok: true };
}
