"use server";

import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import {
  createSession,
  deleteSessionTokenCookie,
  generateSessionToken,
  hashToken,
  invalidateAllSessions,
  invalidateSession,
  setSessionTokenCookie,
} from "@/lib/auth/session";
import { getCurrentSession } from "@/lib/auth/current";
import { hashPassword, verifyPasswordHash } from "@/lib/auth/password";
import { loginSchema, signupSchema, forgotSchema, resetSchema, verifyCodeSchema } from "@/lib/validation/auth";
import { loginLimiter, mailLimiter, clientIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sendPasswordResetLink, sendVerificationCode } from "@/lib/mail";
import { secureCompare } from "@/lib/secure-compare";

type FormState = { error?: string; message?: string } | undefined;

function randomCode(): string {
  const n = crypto.getRandomValues(new Uint32Array(1))[0] % 100_000_000;
  return n.toString().padStart(8, "0");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function login(_prev: FormState, formData: FormData): Promise<FormState> {
  const ip = await clientIp();
  const { success } = await loginLimiter.limit(`login:${ip}`);
  if (!success) return { error: "Too many attempts. Try again in a few minutes." };

  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter your email and password." };

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
  if (!user) {
    await auditLog({ action: "auth.login_failed", meta: { email: parsed.data.email } });
    // ruleid: information-disclosure
    return { error: "No member is registered with that email address." };
  }
  const valid = await verifyPasswordHash(user.passwordHash, parsed.data.password);
  if (!valid) {
    await auditLog({ actorId: user.id, action: "auth.login_failed" });
    // ruleid: information-disclosure
    return { error: "Incorrect password." };
  }
  await auditLog({ actorId: user.id, action: "auth.login" });
  const token = generateSessionToken();
  const session = await createSession(token, user.id);
  await setSessionTokenCookie(token, session.expiresAt);
  redirect(user.emailVerified ? "/dashboard" : "/verify-email");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signup(_prev: FormState, formData: FormData): Promise<FormState> {
  const ip = await clientIp();
  const { success } = await loginLimiter.limit(`signup:${ip}`);
  if (!success) return { error: "Too many attempts." };

  const parsed = signupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid details" };

  const existing = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (existing) {
    // ok: information-disclosure
    return { message: "Check your inbox to continue." };
  }
  // ok: mass-assignment
  const user = await prisma.user.create({
    data: {
      name: parsed.data.name,
      email: parsed.data.email,
      passwordHash: await hashPassword(parsed.data.password),
    },
  });
  const code = randomCode();
  await prisma.emailVerificationCode.create({
    data: { userId: user.id, email: user.email, code, expiresAt: new Date(Date.now() + 15 * 60_000) },
  });
  await sendVerificationCode(user.email, code);
  const token = generateSessionToken();
  const session = await createSession(token, user.id);
  await setSessionTokenCookie(token, session.expiresAt);
  redirect("/verify-email");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function logout(): Promise<void> {
  const { session } = await getCurrentSession();
  if (session) await invalidateSession(session.id);
  await deleteSessionTokenCookie();
  redirect("/login");
}

// ruleid: missing-rate-limit
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = forgotSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, email: true } });
  if (user) {
    const token = generateSessionToken();
    await prisma.passwordResetToken.create({
      data: { id: crypto.randomUUID(), userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3600_000) },
    });
    await sendPasswordResetLink(user.email, token);
  }
  // ok: information-disclosure
  return { message: "If that address belongs to a member, a reset link is on its way." };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const ip = await clientIp();
  if (!(await loginLimiter.limit(`reset:${ip}`)).success) return { error: "Too many attempts." };
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "That link is invalid or the password is too short." };

  // ok: timing-unsafe-comparison
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: hashToken(parsed.data.token) } });
  if (!record || record.expiresAt < new Date()) return { error: "That link is invalid or has expired." };

  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash: await hashPassword(parsed.data.password) } });
  await prisma.passwordResetToken.deleteMany({ where: { userId: record.userId } });
  await invalidateAllSessions(record.userId);
  await auditLog({ actorId: record.userId, action: "auth.password_reset" });
  redirect("/login?reset=1");
}

// ruleid: missing-rate-limit
export async function verifyEmailCode(_prev: FormState, formData: FormData): Promise<FormState> {
  const { session, user } = await getCurrentSession();
  if (!session) redirect("/login");
  const parsed = verifyCodeSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { error: "Enter the 8-digit code." };

  const record = await prisma.emailVerificationCode.findFirst({ where: { userId: user.id }, orderBy: { expiresAt: "desc" } });
  // todoruleid: timing-unsafe-comparison -- known gap (pass 42, J): verification `code` not in the secret-name vocabulary
  if (!record || record.code !== parsed.data.code || record.expiresAt < new Date()) {
    return { error: "That code is not valid." };
  }
  await prisma.user.update({ where: { id: user.id }, data: { emailVerified: true } });
  await prisma.emailVerificationCode.deleteMany({ where: { userId: user.id } });
  redirect("/dashboard");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function resendVerificationCode(): Promise<FormState> {
  const { session, user } = await getCurrentSession();
  if (!session) redirect("/login");
  if (!(await mailLimiter.limit(`verify:${user.id}`)).success) {
    return { error: "Please wait before asking for another code." };
  }
  const code = randomCode();
  await prisma.emailVerificationCode.create({
    data: { userId: user.id, email: user.email, code, expiresAt: new Date(Date.now() + 15 * 60_000) },
  });
  await sendVerificationCode(user.email, code);
  return { message: "A new code has been sent." };
}

// ok: missing-auth, missing-rate-limit // todook: missing-audit-log -- ambiguous, leaning no hole (pass 42, F): non-security operation taken for a security-relevant one (admin.ts module, login-named redirect, recovery code use)
export async function confirmRecoveryCode(_prev: FormState, formData: FormData): Promise<FormState> {
  const { session, user } = await getCurrentSession();
  if (!session) redirect("/login");
  if (!(await loginLimiter.limit(`recovery:${user.id}`)).success) return { error: "Too many attempts." };
  const code = formData.get("recoveryCode");
  if (typeof code !== "string" || code.length !== 16) return { error: "Invalid code." };
  // ok: timing-unsafe-comparison
  if (!user.recoveryCode || !secureCompare(user.recoveryCode, code)) {
    return { error: "Invalid code." };
  }
  await prisma.user.update({ where: { id: user.id }, data: { emailVerified: true, recoveryCode: null } });
  redirect("/dashboard");
}
