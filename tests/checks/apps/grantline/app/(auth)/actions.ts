"use server";

import { z } from "zod";
import * as v from "valibot";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { authLimiter, rateLimitByIp } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";
import { sendEmail, sendSms } from "@/lib/notify";
import { newToken, sha256 } from "@/lib/crypto";

type State = { error?: string; ok?: boolean } | undefined;

const credentials = z.object({ email: z.string().email().toLowerCase(), password: z.string().min(8).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signInWithPassword(_prev: State, formData: FormData): Promise<State> {
  const parsed = credentials.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter a valid email and password." };
  const { success } = await authLimiter.limit(`login:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts. Try again in a minute." };

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true, lockedUntil: true, twoFactorEnabled: true } });
  // ok: timing-unsafe-comparison
  const valid = !!user?.passwordHash && (await bcrypt.compare(parsed.data.password, user.passwordHash));
  if (!user || !valid) {
    await logSecurityEvent("login.failed", user?.id ?? null, { email: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }
  if (user.twoFactorEnabled) {
    (await cookies()).set("gl_2fa_pending", user.id, { httpOnly: true, maxAge: 300 });
    redirect("/login/2fa");
  }
  await logSecurityEvent("login.succeeded", user.id);
  await signIn("credentials", { email: parsed.data.email, redirect: false });
  redirect("/dashboard");
}

const twoFactor = z.object({ code: z.string().regex(/^\d{6}$/) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function verifyLoginTotp(_prev: State, formData: FormData): Promise<State> {
  const parsed = twoFactor.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { error: "Enter the 6-digit code." };
  const pendingId = (await cookies()).get("gl_2fa_pending")?.value;
  if (!pendingId) redirect("/login");
  const { success } = await authLimiter.limit(`2fa:${pendingId}`);
  if (!success) return { error: "Too many attempts." };
  const user = await prisma.user.findUnique({ where: { id: pendingId }, select: { email: true, totpSecret: true } });
  // ok: timing-unsafe-comparison
  if (!user?.totpSecret || !authenticator.check(parsed.data.code, user.totpSecret)) {
    // ok: information-disclosure
    return { error: "That code didn't work." };
  }
  (await cookies()).delete("gl_2fa_pending");
  await signIn("credentials", { email: user.email, redirect: false });
  redirect("/dashboard");
}

const signUpSchema = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email().toLowerCase(),
  password: z.string().min(10).max(200),
  inviteToken: z.string().optional(),
});

// ok: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
// ruleid: missing-audit-log
export async function signUp(_prev: State, formData: FormData): Promise<State> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.errors[0]?.message };
  const { name, email, password, inviteToken } = parsed.data;
  const passwordHash = await bcrypt.hash(password, 12);
  const user = await prisma.user.upsert({ where: { email }, update: {}, create: { name, email, passwordHash }, select: { id: true } });
  if (inviteToken) {
    const invite = await prisma.invite.findUnique({ where: { token: sha256(inviteToken) }, select: { id: true, foundationId: true, role: true } });
    if (invite) {
      await prisma.membership.create({
        data: {
          userId: user.id,
          foundationId: invite.foundationId,
          // the hidden <input name="role"> was added for the "join as reviewer" link
          // ruleid: mass-assignment
          role: (formData.get("role") as "REVIEWER" | "VIEWER" | null) ?? invite.role,
        },
      });
      await prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
    }
  }
  // ok: information-disclosure
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: State, formData: FormData): Promise<State> {
  await rateLimitByIp("forgot", 5);
  const email = z.string().email().safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email." };
  const user = await prisma.user.findUnique({ where: { email: email.data.toLowerCase() }, select: { id: true, email: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No account with that email address." };
  const token = newToken();
  await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3600_000) } });
  await sendEmail(user.email, "Reset your Grantline password", `<a href="https://app.grantline.org/reset?token=${token}">Reset</a>`);
  return { ok: true };
}

const resetSchema = z.object({ token: z.string().min(20), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function resetPassword(_prev: State, formData: FormData): Promise<State> {
  await rateLimitByIp("reset", 10);
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request." };
  // hashed lookup, no string comparison of the raw token
  const row = await prisma.passwordResetToken.findUnique({ where: { tokenHash: sha256(parsed.data.token) }, select: { id: true, userId: true, expiresAt: true } });
  if (!row || row.expiresAt < new Date()) return { error: "This link has expired." };
  await prisma.user.update({ where: { id: row.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await prisma.passwordResetToken.delete({ where: { id: row.id } });
  redirect("/login?reset=1");
}

const MagicSchema = v.object({ email: v.pipe(v.string(), v.email(), v.maxLength(200)) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendMagicLink(formData: FormData) {
  const { email } = v.parse(MagicSchema, { email: formData.get("email") });
  const token = newToken();
  await prisma.magicLink.create({ data: { email, token: sha256(token), expiresAt: new Date(Date.now() + 15 * 60_000) } });
  await sendEmail(email, "Your Grantline sign-in link", `https://app.grantline.org/api/auth/magic?token=${token}`);
  redirect("/login/check-email");
}

const smsSchema = z.object({ userId: z.string().min(1).max(40), otp: z.string().regex(/^\d{6}$/) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function verifySmsCode(_prev: State, formData: FormData): Promise<State> {
  const parsed = smsSchema.safeParse({ userId: formData.get("userId"), otp: formData.get("otp") });
  if (!parsed.success) return { error: "Enter the code we sent you." };
  const { success } = await authLimiter.limit(`sms:${parsed.data.userId}`);
  if (!success) return { error: "Too many attempts." };
  const row = await prisma.smsCode.findFirst({ where: { userId: parsed.data.userId, expiresAt: { gt: new Date() } }, select: { id: true, code: true } });
  if (!row) return { error: "Code expired." };
  const otp = parsed.data.otp;
  // ruleid: timing-unsafe-comparison
  if (row.code !== otp) {
    await prisma.smsCode.update({ where: { id: row.id }, data: { attempts: { increment: 1 } } });
    return { error: "Incorrect code." };
  }
  await prisma.smsCode.delete({ where: { id: row.id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendSmsLoginCode(formData: FormData) {
  const phone = formData.get("phone");
  if (typeof phone !== "string" || !/^\+[1-9]\d{7,14}$/.test(phone)) throw new Error("Invalid phone number");
  const user = await prisma.user.findFirst({ where: { phone }, select: { id: true } });
  if (!user) return { ok: true };
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.smsCode.create({ data: { userId: user.id, code, expiresAt: new Date(Date.now() + 5 * 60_000) } });
  await sendSms(phone, `Your Grantline code is ${code}`);
  (await cookies()).set("gl_sms_user", user.id, { httpOnly: true, maxAge: 300 });
  return { ok: true };
}
