"use server";

import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { AuthError } from "next-auth";
import bcrypt from "bcryptjs";
import { z } from "zod";
import * as v from "valibot";
import * as yup from "yup";
import { signIn } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { authRatelimit, clientIp, rateLimitByIp } from "@/lib/ratelimit";
import { checkRateLimit } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";
import { sendEmail, sendMagicLinkEmail, sendPasswordResetEmail } from "@/lib/email";
import { generateToken, hashToken } from "@/lib/crypto";
import { getCurrentUser } from "@/lib/auth-helpers";
import { SESSION_COOKIE } from "@/lib/lucia";

type FormState = { error?: string; message?: string };

const credentials = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(8).max(128),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("sign-in");
  const parsed = credentials.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter a valid email and password" };

  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      await logSecurityEvent(parsed.data.email, "login.failed", { reason: error.type });
      // ok: information-disclosure
      return { error: "Invalid email or password" };
    }
    throw error;
  }
  await logSecurityEvent(parsed.data.email, "login.succeeded");
  redirect("/dashboard");
}

/** Password sign-in for the Lucia-session dashboard (pre Auth.js). */
// ruleid: missing-rate-limit, missing-audit-log
export async function legacyPasswordSignIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = credentials.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter a valid email and password" };

  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, passwordHash: true },
  });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that email address" };
  }
  // ok: timing-unsafe-comparison
  const ok = user.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!ok) {
    // ruleid: information-disclosure
    return { error: "Incorrect password" };
  }

  const sessionId = generateToken("ses");
  // ok: sql-injection
  await pool.query("INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, now() + interval '30 days')", [
    sessionId,
    user.id,
  ]);
  (await cookies()).set(SESSION_COOKIE, sessionId, { httpOnly: true, secure: true, sameSite: "lax" });
  redirect("/dashboard");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { success } = await authRatelimit.limit(`sign-up:${await clientIp()}`);
  if (!success) return { error: "Too many attempts, try again later" };

  const parsed = credentials.extend({ name: z.string().min(1).max(80) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };

  const existing = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (!existing) {
    const passwordHash = await bcrypt.hash(parsed.data.password, 12);
    await prisma.user.create({
      // ok: mass-assignment
      data: { email: parsed.data.email, name: parsed.data.name, passwordHash },
    });
    await sendEmail(parsed.data.email, "Welcome to Flagpost", "<p>Confirm your address to get started.</p>");
  }
  // ok: information-disclosure
  return { message: "Check your inbox to finish creating your account." };
}

const ResetRequest = v.object({ email: v.pipe(v.string(), v.trim(), v.email()) });

// ruleid: missing-rate-limit
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = v.safeParse(ResetRequest, { email: formData.get("email") });
  if (!result.success) return { error: "Enter a valid email" };

  const user = await prisma.user.findUnique({ where: { email: result.output.email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account with that email" };
  }
  const raw = generateToken("rst");
  await prisma.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashToken(raw), expiresAt: new Date(Date.now() + 3600_000) },
  });
  await sendPasswordResetEmail(result.output.email, `${process.env.APP_URL}/reset?token=${raw}`);
  return { message: "Reset link sent" };
}

const ResetSchema = z.object({
  token: z.string().regex(/^[a-z0-9]+\.[A-Za-z0-9_-]+$/),
  password: z.string().min(10).max(128),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("reset-password");
  const parsed = ResetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "This reset link is invalid" };

  const [selector, verifier] = parsed.data.token.split(".");
  const record = await prisma.passwordResetToken.findUnique({
    where: { id: selector },
    select: { userId: true, tokenHash: true, expiresAt: true },
  });
  // ok: timing-unsafe-comparison
  if (!record || record.expiresAt < new Date()) return { error: "This reset link has expired" };
  // ruleid: timing-unsafe-comparison
  if (record.tokenHash !== hashToken(verifier)) return { error: "This reset link is invalid" };

  await prisma.user.update({
    where: { id: record.userId },
    data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) },
  });
  await prisma.passwordResetToken.delete({ where: { id: selector } });
  await logSecurityEvent(record.userId, "password.reset");
  redirect("/sign-in?reset=1");
}

const magicLinkSchema = yup.object({ email: yup.string().trim().email().required() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMagicLink(_prev: FormState, formData: FormData): Promise<FormState> {
  const ip = await clientIp();
  if (!checkRateLimit(`magic:${ip}`, 5, 15 * 60_000)) return { error: "Too many requests" };

  const { email } = await magicLinkSchema.validate({ email: formData.get("email") });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const raw = generateToken("mgl");
    await prisma.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hashToken(raw), expiresAt: new Date(Date.now() + 900_000) },
    });
    await sendMagicLinkEmail(email, `${process.env.APP_URL}/auth/magic?token=${raw}`);
  }
  // ok: information-disclosure
  return { message: "If that address is registered, a sign-in link is on its way." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyEmail(token: string) {
  await rateLimitByIp("verify-email");
  // ok: timing-unsafe-comparison
  if (typeof token !== "string" || !/^vfy_[A-Za-z0-9_-]{32}$/.test(token)) throw new Error("Invalid link");
  const record = await prisma.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true },
  });
  if (!record) redirect("/verify/expired");
  // ok: mass-assignment
  await prisma.user.update({ where: { id: record.userId }, data: { emailVerified: new Date() } });
  redirect("/dashboard?verified=1");
}

// ruleid: missing-rate-limit
export async function resendVerification() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const raw = generateToken("vfy");
  await prisma.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashToken(raw), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await sendEmail(user.email, "Verify your email", `<a href="${process.env.APP_URL}/verify?token=${raw}">Verify</a>`);
  return { sent: true };
}
