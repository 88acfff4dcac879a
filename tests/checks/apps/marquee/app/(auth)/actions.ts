"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth";
import { authLimiter, sendLimiter, clientIp, rateLimitByIp, rateLimitByKey } from "@/lib/ratelimit";
import { logSecurityEvent } from "@/lib/audit";
import { hashToken, newToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/email";
import { sendSms } from "@/lib/sms";

export type AuthState = { error?: string; ok?: boolean } | undefined;

const credentials = z.object({
  email: z.string().email().toLowerCase(),
  password: z.string().min(8).max(200),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signInAction(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const parsed = credentials.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter a valid e-mail and password." };

  const ip = await clientIp();
  const { success } = await authLimiter.limit(`${ip}:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts. Try again in a minute." };

  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, passwordHash: true, totpEnabled: true, bannedAt: true },
  });
  // ok: timing-unsafe-comparison
  const valid = user?.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!user || !valid || user.bannedAt) {
    await logSecurityEvent("login_failed", { email: parsed.data.email, ip });
    // ok: information-disclosure
    return { error: "Invalid e-mail or password." };
  }
  await logSecurityEvent("login_succeeded", { userId: user.id, ip });
  if (user.totpEnabled) redirect(`/login/2fa?u=${user.id}`);
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/tickets" });
}

const signUpSchema = z.object({
  name: z.string().min(1).max(80),
  email: z.string().email().toLowerCase(),
  password: z.string().min(10).max(200),
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function signUpAction(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
  const { password, ...rest } = parsed.data;
  const exists = await prisma.user.count({ where: { email: rest.email } });
  if (exists) {
    // ok: information-disclosure
    return { ok: true };
  }
  await prisma.user.create({
    // ok: mass-assignment
    data: { ...rest, passwordHash: await bcrypt.hash(password, 12) },
  });
  const token = newToken();
  await prisma.magicLinkToken.create({ data: { email: rest.email, token: hashToken(token), expiresAt: new Date(Date.now() + 864e5) } });
  await sendEmail(rest.email, "Confirm your Marquee account", `<a href="https://marquee.live/verify?t=${token}">Confirm</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function forgotPasswordAction(_prev: AuthState, formData: FormData): Promise<AuthState> {
  await rateLimitByIp("forgot", 3, "10 m");
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account with that e-mail." };
  }
  const token = newToken();
  await prisma.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 36e5) },
  });
  await sendEmail(email, "Reset your password", `https://marquee.live/reset?token=${token}`);
  return { ok: true };
}

const resetSchema = z.object({ token: z.string().min(20), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function resetPasswordAction(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const { token, password } = resetSchema.parse(Object.fromEntries(formData));
  // ok: timing-unsafe-comparison
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!record || record.expiresAt < new Date()) return { error: "This link has expired." };
  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await logSecurityEvent("password_reset", { userId: record.userId });
  redirect("/login?reset=1");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestMagicLink(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const email = formData.get("email");
  if (typeof email !== "string" || !email.includes("@") || email.length > 254) return { error: "Invalid e-mail" };
  const { success } = await sendLimiter.limit(email.toLowerCase());
  if (!success) return { error: "Please wait before requesting another link." };
  const token = newToken();
  await prisma.magicLinkToken.create({ data: { email, token: hashToken(token), expiresAt: new Date(Date.now() + 9e5) } });
  await sendEmail(email, "Your sign-in link", `https://marquee.live/magic?token=${token}`);
  // ok: information-disclosure
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function sendSmsCode(phone: string) {
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.smsCode.create({ data: { phone, codeHash: hashToken(code), expiresAt: new Date(Date.now() + 3e5) } });
  await sendSms(phone, `Your Marquee code is ${code}`);
  return { sent: true };
}

const smsVerify = z.object({ phone: z.string().regex(/^\+[1-9]\d{7,14}$/), code: z.string().length(6) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function verifySmsCode(input: { phone: string; code: string }) {
  const { phone, code } = smsVerify.parse(input);
  if (!(await rateLimitByKey(`sms-verify:${phone}`, 5))) return { error: "Too many attempts" };
  const record = await prisma.smsCode.findFirst({
    where: { phone, expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, codeHash: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!record || hashToken(code) !== record.codeHash) return { error: "Invalid code" };
  await prisma.smsCode.delete({ where: { id: record.id } });
  const user = await prisma.user.findFirst({ where: { phone }, select: { id: true, email: true } });
  if (!user) return { error: "Invalid code" };
  await signIn("credentials", { email: user.email, smsVerified: "1", redirect: false });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function verifyTotpLogin(_prev: AuthState, formData: FormData): Promise<AuthState> {
  try {
    const { userId, code } = z.object({ userId: z.string().cuid(), code: z.string().regex(/^\d{6}$/) }).parse({
      userId: formData.get("userId"),
      code: formData.get("code"),
    });
    const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true, totpSecret: true } });
    // ok: timing-unsafe-comparison
    const ok = !!user?.totpSecret && authenticator.check(code, user.totpSecret);
    await logSecurityEvent(ok ? "2fa_passed" : "2fa_failed", { userId });
    if (!ok || !user) return { error: "Invalid code" };
    await signIn("credentials", { email: user.email, totp: code, redirect: false });
    return { ok: true };
  } catch (error) {
    // ruleid: information-disclosure
    return { error: (error as Error).message };
  }
}
