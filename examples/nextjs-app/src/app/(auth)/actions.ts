"use server";

import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { logSecurityEvent } from "@/lib/audit";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/mail";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { emailSchema, loginSchema, otpSchema, registerSchema, resetPasswordSchema } from "@/lib/validations";

export type FormState = { error?: string; success?: string } | undefined;

const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

// Sign-in is an authentication entry point (no session yet); it is rate limited per IP,
// audited on success and failure, and answers with one message for every failure.
// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function login(_prev: FormState, formData: FormData): Promise<FormState> {
  const ip = await clientIp();
  await checkRateLimit(`login:${ip}`);

  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return { error: "Invalid email or password." };
  }

  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      await logSecurityEvent({ action: "login.failed", ip, metadata: { email: parsed.data.email } });
      // ok: information-disclosure
      return { error: "Invalid email or password." };
    }
    throw error;
  }

  await logSecurityEvent({ action: "login.succeeded", ip, metadata: { email: parsed.data.email } });
  redirect("/notes");
}

// Sign-up creates accounts and sends nothing back but a redirect, yet anyone can
// script it: no rate limit.
// Creating an account is not one of the audited operations (login, password, role, keys…).
// ok: missing-auth, missing-audit-log
// ruleid: missing-rate-limit
export async function register(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = registerSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) {
    return { error: "Please check the highlighted fields." };
  }

  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  await prisma.user.create({
    data: { name: parsed.data.name, email: parsed.data.email, passwordHash },
    select: { id: true },
  });
  redirect("/login?registered=1");
}

// Rate limited, but the answer tells whether an account exists for the address.
// ok: missing-auth, missing-rate-limit
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  await checkRateLimit(`reset-request:${await clientIp()}`);

  const parsed = emailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) {
    return { error: "Enter a valid email address." };
  }

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account found with that email address." };
  }

  const token = randomBytes(32).toString("hex");
  await prisma.passwordResetToken.create({
    data: { tokenHash: sha256(token), userId: user.id, expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
  });
  await sendEmail({
    to: parsed.data.email,
    subject: "Reset your Acme Notes password",
    html: `<a href="${process.env.APP_URL}/reset-password?token=${token}">Choose a new password</a>`,
  });
  return { success: "Check your inbox for a reset link." };
}

// The token is looked up by its hash, so no secret is compared in application code.
// ok: missing-auth, missing-rate-limit, missing-audit-log, timing-unsafe-comparison
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  await checkRateLimit(`reset:${await clientIp()}`);

  const parsed = resetPasswordSchema.safeParse({ token: formData.get("token"), password: formData.get("password") });
  if (!parsed.success) {
    return { error: "This reset link is invalid or has expired." };
  }

  // ok: missing-authorization
  const record = await prisma.passwordResetToken.findUnique({
    where: { tokenHash: sha256(parsed.data.token) },
    select: { id: true, userId: true, expiresAt: true },
  });
  if (!record || record.expiresAt < new Date()) {
    return { error: "This reset link is invalid or has expired." };
  }

  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  // ok: missing-authorization
  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash } });
  // ok: missing-authorization
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await logSecurityEvent({ action: "password.reset", userId: record.userId });
  redirect("/login?reset=1");
}

// Email verification after sign-up: rate limited, but the code is compared with `!==`.
// ok: missing-auth, missing-rate-limit
export async function verifyEmailOtp(_prev: FormState, formData: FormData): Promise<FormState> {
  const { userId } = await verifySession();
  await checkRateLimit(`verify-email:${userId}`);

  const parsed = otpSchema.safeParse({ otp: formData.get("otp") });
  if (!parsed.success) {
    return { error: "Enter the 6-digit code from the email." };
  }

  const record = await prisma.emailVerification.findUnique({
    where: { userId },
    select: { otp: true, expiresAt: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!record || record.expiresAt < new Date() || record.otp !== parsed.data.otp) {
    return { error: "That code is invalid or has expired." };
  }

  // emailVerified is set by the server, not taken from the form.
  // ok: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
  await prisma.emailVerification.delete({ where: { userId } });
  redirect("/notes");
}
