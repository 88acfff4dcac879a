"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { randomBytes, randomInt } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { createSession } from "@/lib/session/create";
import { rateLimitByIp, strictLimiter } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { verifySession } from "@/lib/dal";

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function login(_prev: unknown, formData: FormData) {
  await rateLimitByIp("login");
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, role: true, passwordHash: true } });
  // ok: timing-unsafe-comparison
  const ok = user?.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!user || !ok) {
    await auditLog({ actorId: user?.id ?? "anonymous", action: "auth.login_failed", target: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  await auditLog({ actorId: user.id, action: "auth.login" });
  await createSession(user.id, user.role);
  redirect("/dashboard");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function staffLogin(_prev: unknown, formData: FormData) {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid input" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, role: true, passwordHash: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No staff account with that email" };
  const ok = await bcrypt.compare(parsed.data.password, user.passwordHash ?? "");
  // ruleid: information-disclosure
  if (!ok) return { error: "Incorrect password" };
  await createSession(user.id, user.role);
  redirect("/staff");
}

const signupSchema = z.object({ email: z.string().email(), password: z.string().min(12), name: z.string().max(100) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function signUp(_prev: unknown, formData: FormData) {
  const { success } = await strictLimiter.limit(`signup:${formData.get("email")}`);
  if (!success) return { error: "Too many attempts" };
  const parsed = signupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  // ok: mass-assignment
  const user = await prisma.user.create({
    data: { email: parsed.data.email, name: parsed.data.name, passwordHash: await bcrypt.hash(parsed.data.password, 12) },
    select: { id: true, role: true },
  });
  await createSession(user.id, user.role);
  redirect("/onboarding");
}

// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function signUpAuthorLegacy(formData: FormData) {
  const email = String(formData.get("email"));
  const password = String(formData.get("password"));
  // ruleid: mass-assignment
  const user = await prisma.user.create({ data: { email, passwordHash: await bcrypt.hash(password, 10), role: String(formData.get("role") ?? "author") } });
  await createSession(user.id, user.role);
  redirect("/author");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot");
  const { email } = z.object({ email: z.string().email() }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.invite.deleteMany({ where: { email, role: "reset" } });
    await prisma.invite.create({ data: { agencyId: "system", email, role: "reset", tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 36e5) } });
    await sendMail(email, "Reset your Quillmere password", `<a href="https://quillmere.com/reset/${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { success: "If an account exists, we've sent a reset link." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPasswordResetV1(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "We couldn't find an account with that email" };
  const token = randomBytes(32).toString("hex");
  await prisma.invite.create({ data: { agencyId: "system", email, role: "reset", tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 36e5) } });
  await sendMail(email, "Reset your password", `<a href="https://quillmere.com/reset/${token}">Reset</a>`);
  return { success: "Sent" };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("reset");
  const { token, password } = z.object({ token: z.string().length(64), password: z.string().min(12) }).parse(Object.fromEntries(formData));
  // ok: timing-unsafe-comparison
  const invite = await prisma.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, email: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date()) return { error: "This link has expired" };
  await prisma.user.update({ where: { email: invite.email }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  await prisma.invite.delete({ where: { id: invite.id } });
  await auditLog({ actorId: invite.email, action: "auth.password_reset" });
  redirect("/login?reset=1");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendLoginCode(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  await rateLimitByIp(`otp:${session.userId}`);
  const { phone } = z.object({ phone: z.string().regex(/^\+[1-9]\d{7,14}$/) }).parse(Object.fromEntries(formData));
  const code = String(randomInt(100000, 999999));
  await prisma.user.update({ where: { id: session.userId }, data: { twoFactorSecret: hashToken(code) } });
  await sendSms(phone, `Your Quillmere code is ${code}`);
  return { sent: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyLoginCode(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const { code } = z.object({ code: z.string().length(6) }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { twoFactorSecret: true } });
  // ok: timing-unsafe-comparison
  if (!user?.twoFactorSecret || !secureCompare(user.twoFactorSecret, hashToken(code))) return { error: "Wrong code" };
  return { verified: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function disableTwoFactor(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  await rateLimitByIp(`2fa-off:${session.userId}`);
  const { otp } = z.object({ otp: z.string().length(6) }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { twoFactorSecret: true } });
  // ruleid: timing-unsafe-comparison
  if (user?.twoFactorSecret !== hashToken(otp)) return { error: "Wrong code" };
  await prisma.user.update({ where: { id: session.userId }, data: { twoFactorSecret: null } });
  return { ok: true };
}
