"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth";
import { authLimiter, smsLimiter, clientIp, rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";
import { emailSchema, passwordSchema, phoneSchema } from "@/lib/validation";
import { hashToken, newToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/email";
import { sendSms } from "@/lib/sms";
import { liteDb, magicLinks } from "@/lib/db/sqlite";

export type AuthState = { error?: string; message?: string };

const loginSchema = z.object({ email: emailSchema, password: z.string().min(1).max(128) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function login(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter your email and password." };
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`login:${ip}:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts. Try again in a few minutes." };

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  // ok: timing-unsafe-comparison
  const ok = !!user?.passwordHash && (await bcrypt.compare(parsed.data.password, user.passwordHash));
  if (!ok) {
    await logSecurityEvent("login_failed", { userId: user?.id ?? null, ip, detail: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }
  await logSecurityEvent("login_succeeded", { userId: user!.id, ip });
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  redirect("/dashboard");
}

const signUpSchema = z.object({
  name: z.string().trim().min(1).max(80),
  email: emailSchema,
  password: passwordSchema,
  accountType: z.enum(["owner", "sitter"]),
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function signUp(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };
  const existing = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (existing) {
    // ok: information-disclosure
    return { message: "Check your inbox to finish signing up." };
  }
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  await prisma.user.create({
    // ok: mass-assignment
    data: { name: parsed.data.name, email: parsed.data.email, passwordHash },
  });
  await sendEmail({ to: parsed.data.email, subject: "Welcome to Pawprint", html: "<p>Confirm your email to get started.</p>" });
  return { message: "Check your inbox to finish signing up." };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function forgotPassword(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const email = emailSchema.safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email." };
  await rateLimitByIp("forgot-password", 3, "10 m");
  const user = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that email address." };
  }
  const raw = newToken();
  await prisma.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashToken(raw), expiresAt: new Date(Date.now() + 30 * 60_000) },
  });
  await sendEmail({ to: email.data, subject: "Reset your password", html: `<a href="https://pawprint.pet/reset?token=${raw}">Reset</a>` });
  return { message: "We sent you a reset link." };
}

const resetSchema = z.object({ token: z.string().min(20).max(100), password: passwordSchema });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: AuthState, formData: FormData): Promise<AuthState> {
  await rateLimitByIp("reset-password", 5, "10 m");
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid request." };
  // hashed-token lookup, nothing compared in code
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: hashToken(parsed.data.token) }, select: { id: true, userId: true, expiresAt: true } });
  if (!record || record.expiresAt < new Date()) return { error: "This link has expired." };
  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await prisma.session.deleteMany({ where: { userId: record.userId } });
  await logSecurityEvent("password_reset", { userId: record.userId, ip: await clientIp() });
  redirect("/sign-in?reset=1");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function requestMagicLink(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const email = emailSchema.parse(formData.get("email"));
  const token = newToken();
  await liteDb.insert(magicLinks).values({ id: crypto.randomUUID(), email, token: hashToken(token), expiresAt: Date.now() + 15 * 60_000 });
  await sendEmail({ to: email, subject: "Your sign-in link", html: `<a href="https://pawprint.pet/magic?token=${token}">Sign in</a>` });
  return { message: "If that address is registered, a link is on its way." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function consumeMagicLink(token: string) {
  if (typeof token !== "string" || token.length < 20) redirect("/sign-in?error=link");
  await rateLimitByIp("magic-consume", 10, "10 m");
  const link = await liteDb.query.magicLinks.findFirst({ where: eq(magicLinks.token, hashToken(token)) });
  if (!link || link.expiresAt < Date.now()) redirect("/sign-in?error=link");
  await liteDb.delete(magicLinks).where(eq(magicLinks.id, link.id));
  await signIn("credentials", { email: link.email, magic: "1", redirect: false });
  redirect("/dashboard");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendSmsCode(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const phone = phoneSchema.safeParse(formData.get("phone"));
  if (!phone.success) return { error: "Enter a phone number in international format." };
  const { success } = await smsLimiter.limit(phone.data);
  if (!success) return { error: "Please wait before requesting another code." };
  const user = await prisma.user.findFirst({ where: { phone: phone.data }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account uses this phone number." };
  }
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.smsCode.create({ data: { phone: phone.data, codeHash: hashToken(code), expiresAt: new Date(Date.now() + 5 * 60_000) } });
  await sendSms(phone.data, `Your Pawprint code is ${code}`);
  return { message: "Code sent." };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log -- signIn("sms", ...) signs in past a verified code; nothing is logged
export async function verifySmsCode(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const phone = phoneSchema.parse(formData.get("phone"));
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  const record = await prisma.smsCode.findFirst({
    where: { phone, expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, codeHash: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!record || record.codeHash !== hashToken(code)) {
    return { error: "That code is not valid." };
  }
  await prisma.smsCode.delete({ where: { id: record.id } });
  await signIn("sms", { phone, redirect: false });
  redirect("/dashboard");
}
