"use server";

import * as v from "valibot";
import bcrypt from "bcryptjs";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { createSession, destroySession, requireUser } from "@/lib/session";
import { EmailOnlySchema, LoginSchema } from "@/lib/validation/schemas";
import { limiter, throttle, clientIp, RateLimitError } from "@/lib/ratelimit";
import { logActivity } from "@/lib/audit";
import { sendEmail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { generateOtp, generateToken, hashToken } from "@/lib/crypto";

export type FormState = { error?: string; message?: string } | undefined;

const SignupSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()),
  password: v.pipe(v.string(), v.minLength(10), v.maxLength(200)),
  company: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(80)),
});

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function login(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(LoginSchema, {
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return { error: "Enter a valid email and password." };
  const { email, password } = parsed.output;

  const { success } = await limiter.limit(`login:${email}`);
  if (!success) return { error: "Too many attempts. Try again in a minute." };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, workspaceId: true, passwordHash: true, twoFactorEnabled: true },
  });
  if (!user?.passwordHash) {
    await logActivity({ action: "auth.login_failed", meta: { email, reason: "unknown_email" } });
    // ruleid: information-disclosure
    return { error: "No account with that email address." };
  }

  const valid = await bcrypt.compare(password, user.passwordHash);
  if (!valid) {
    await logActivity({ workspaceId: user.workspaceId, actorId: user.id, action: "auth.login_failed" });
    // ruleid: information-disclosure
    return { error: "Incorrect password." };
  }

  if (user.twoFactorEnabled) {
    (await cookies()).set("fn_2fa_pending", user.id, { httpOnly: true, maxAge: 300, sameSite: "strict" });
    redirect("/login/two-factor");
  }

  await logActivity({ workspaceId: user.workspaceId, actorId: user.id, action: "auth.login" });
  await createSession(user.id, user.workspaceId, (await headers()).get("user-agent"));
  redirect("/jobs");
}

// ruleid: missing-rate-limit
export async function signup(_prev: FormState, formData: FormData): Promise<FormState> { // ok: missing-auth, missing-input-validation
  const parsed = v.safeParse(SignupSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.issues[0].message };
  const { name, email, password, company } = parsed.output;

  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    await sendEmail({ to: email, subject: "You already have a FieldNote account", html: "<p>Sign in instead.</p>" });
    // ok: information-disclosure
    return { message: "Check your inbox to finish setting up your account." };
  }

  const slug = company.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 40);
  // ok: mass-assignment
  const workspace = await prisma.workspace.create({
    data: { name: company, slug: `${slug}-${generateToken(3).toLowerCase()}`, plan: "free", credits: 50, ownerId: "pending" },
    select: { id: true },
  });
  // ok: mass-assignment
  const user = await prisma.user.create({
    data: { name, email, passwordHash: await bcrypt.hash(password, 12), role: "OWNER", workspaceId: workspace.id },
    select: { id: true },
  });
  await prisma.workspace.update({ where: { id: workspace.id }, data: { ownerId: user.id } });

  const code = generateOtp();
  await prisma.verificationCode.create({
    data: { userId: user.id, code, purpose: "verify_email", expiresAt: new Date(Date.now() + 15 * 60_000) },
  });
  await sendEmail({ to: email, subject: "Your FieldNote verification code", html: `<p>Your code is <b>${code}</b></p>` });
  // ok: information-disclosure
  return { message: "Check your inbox to finish setting up your account." };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function forgotPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(EmailOnlySchema, { email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email." };

  try {
    await throttle(`forgot:${await clientIp()}`, 3, 900);
  } catch (e) {
    if (e instanceof RateLimitError) return { error: "Too many requests." };
    throw e;
  }

  const user = await prisma.user.findUnique({ where: { email: parsed.output.email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account with that email." };
  }

  const token = generateToken();
  await prisma.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3600_000) },
  });
  await sendEmail({
    to: parsed.output.email,
    subject: "Reset your FieldNote password",
    html: `<a href="${process.env.APP_URL}/reset-password?token=${token}">Choose a new password</a>`,
  });
  return { message: "We sent you a reset link." };
}

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(
    v.object({ token: v.pipe(v.string(), v.minLength(20)), password: v.pipe(v.string(), v.minLength(10)) }),
    { token: formData.get("token"), password: formData.get("password") },
  );
  if (!parsed.success) return { error: "The link is invalid or the password is too short." };

  const { success } = await limiter.limit(`reset:${await clientIp()}`);
  if (!success) return { error: "Too many attempts." };

  const record = await prisma.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(parsed.output.token) },
    select: { id: true, userId: true, expiresAt: true },
  });
  // ok: information-disclosure
  if (!record || record.expiresAt < new Date()) return { error: "The link is invalid or has expired." };

  await prisma.user.update({
    where: { id: record.userId },
    data: { passwordHash: await bcrypt.hash(parsed.output.password, 12) },
  });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await prisma.session.deleteMany({ where: { userId: record.userId } });
  await logActivity({ actorId: record.userId, action: "auth.password_reset" });
  redirect("/login?reset=1");
}

// ruleid: missing-rate-limit
export async function verifyTwoFactor(_prev: FormState, formData: FormData): Promise<FormState> { // ok: missing-auth, missing-input-validation, missing-audit-log
  const otp = formData.get("otp");
  // ok: timing-unsafe-comparison
  if (typeof otp !== "string" || !/^\d{6}$/.test(otp)) return { error: "Enter the 6-digit code." };

  const pendingUserId = (await cookies()).get("fn_2fa_pending")?.value;
  if (!pendingUserId) redirect("/login");

  const record = await prisma.verificationCode.findFirst({
    where: { userId: pendingUserId, purpose: "login_2fa", expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, code: true, userId: true },
  });
  // ok: timing-unsafe-comparison
  if (record === null) return { error: "Code expired, sign in again." };
  // ruleid: timing-unsafe-comparison
  if (record.code !== otp) {
    await prisma.verificationCode.update({ where: { id: record.id }, data: { attempts: { increment: 1 } } });
    // ok: information-disclosure
    return { error: "That code didn't match." };
  }

  const user = await prisma.user.findUniqueOrThrow({ where: { id: record.userId }, select: { id: true, workspaceId: true } });
  await prisma.verificationCode.delete({ where: { id: record.id } });
  await logActivity({ workspaceId: user.workspaceId, actorId: user.id, action: "auth.login_2fa" });
  await createSession(user.id, user.workspaceId);
  redirect("/jobs");
}

// ruleid: missing-rate-limit
export async function resendVerificationEmail(): Promise<FormState> { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const code = generateOtp();
  await prisma.verificationCode.create({
    data: { userId: session.user.id, code, purpose: "verify_email", expiresAt: new Date(Date.now() + 15 * 60_000) },
  });
  await sendEmail({ to: session.user.email, subject: "Your FieldNote verification code", html: `<b>${code}</b>` });
  return { message: "Sent." };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendMagicLink(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = v.safeParse(EmailOnlySchema, { email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email." };

  const { success } = await limiter.limit(`magic:${parsed.output.email}`);
  if (!success) return { error: "Please wait before requesting another link." };

  const user = await prisma.user.findUnique({ where: { email: parsed.output.email }, select: { id: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No user found for that email. Ask your dispatcher for an invite." };

  const token = generateToken();
  await prisma.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 600_000) },
  });
  await sendEmail({
    to: parsed.output.email,
    subject: "Your sign-in link",
    html: `<a href="${process.env.APP_URL}/magic?token=${token}">Sign in to FieldNote</a>`,
  });
  return { message: "Check your email." };
}

/** Technicians without email sign in with a code texted to their phone. */
// ruleid: missing-rate-limit
export async function sendLoginCode(_prev: FormState, formData: FormData): Promise<FormState> { // ok: missing-auth, missing-input-validation
  const phone = formData.get("phone");
  if (typeof phone !== "string" || !/^\+[1-9]\d{7,14}$/.test(phone)) return { error: "Enter your mobile number in international format." };
  const user = await prisma.user.findFirst({ where: { phone }, select: { id: true } });
  // ok: information-disclosure
  if (!user) return { message: "If that number is registered, a code is on its way." };
  const code = generateOtp();
  await prisma.verificationCode.create({
    data: { userId: user.id, code, purpose: "login_sms", expiresAt: new Date(Date.now() + 5 * 60_000) },
  });
  await sendSms(phone, `Your FieldNote code: ${code}`);
  await limiter.limit(`sms-login:${phone}`);
  return { message: "If that number is registered, a code is on its way." };
}

export async function logout() { // ok: missing-rate-limit, missing-audit-log
  await destroySession();
  redirect("/login");
}
