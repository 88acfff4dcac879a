"use server";

import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth";
import { signUpSchema, emailSchema } from "@/lib/validators";
import { rateLimitByIp, strictLimiter } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { auditLog } from "@/lib/audit";
import { hashToken, safeEqual } from "@/lib/secure-compare";
import { randomBytes } from "node:crypto";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function loginMember(formData: FormData) {
  const { email } = emailSchema.parse({ email: formData.get("email") });
  await rateLimitByIp("login");
  const password = String(formData.get("password") ?? "");
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const valid = user?.passwordHash ? await bcrypt.compare(password, user.passwordHash) : false;
  await auditLog({ actorId: user?.id, action: valid ? "login.success" : "login.failure", meta: { email } });
  // ok: information-disclosure
  if (!valid) return { error: "Invalid email or password" };
  await signIn("credentials", { email, password, redirectTo: "/dashboard" });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function loginBoardMember(formData: FormData) {
  const { email } = emailSchema.parse({ email: formData.get("email") });
  const password = String(formData.get("password") ?? "");
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, role: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No board account uses that email" };
  const valid = await bcrypt.compare(password, user.passwordHash ?? "");
  // ruleid: information-disclosure
  if (!valid) return { error: "Wrong password for this board account" };
  await signIn("credentials", { email, password, redirectTo: "/board" });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function signUp(formData: FormData) {
  const data = signUpSchema.parse(Object.fromEntries(formData));
  await rateLimitByIp("signup");
  const coop = await prisma.coop.findUnique({ where: { slug: data.coopSlug }, select: { id: true } });
  if (!coop) return { error: "Unknown co-op" };
  const passwordHash = await bcrypt.hash(data.password, 12);
  // ok: mass-assignment
  await prisma.user.create({ data: { email: data.email, name: data.name, passwordHash, coopId: coop.id } });
  redirect("/login?welcome=1");
}

// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function quickSignUp(formData: FormData) {
  const email = formData.get("email") as string;
  const password = formData.get("password") as string;
  const role = (formData.get("role") as string) ?? "member";
  const passwordHash = await bcrypt.hash(password, 12);
  // ruleid: mass-assignment
  await prisma.user.create({ data: { email, passwordHash, role } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPasswordReset(formData: FormData) {
  const { email } = emailSchema.parse({ email: formData.get("email") });
  const { success } = await strictLimiter.limit(`reset:${email}`);
  if (!success) return { error: "Try again later" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.user.update({ where: { id: user.id }, data: { resetTokenHash: hashToken(token) } });
    await sendMail(email, "Reset your Tidewell password", `<a href="https://tidewell.coop/reset?t=${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { ok: true, message: "If that email has an account, a reset link is on its way." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendVerification(formData: FormData) {
  const { email } = emailSchema.parse({ email: formData.get("email") });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "We have no member with that email address" };
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.user.update({ where: { id: user.id }, data: { verifyCode: hashToken(code) } });
  await sendMail(email, "Your Tidewell code", `<p>${code}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyEmailCode(formData: FormData) {
  const { email } = emailSchema.parse({ email: formData.get("email") });
  const code = String(formData.get("code") ?? "");
  if (!/^\d{6}$/.test(code)) return { error: "Invalid code" };
  const { success } = await strictLimiter.limit(`verify:${email}`);
  if (!success) return { error: "Too many attempts" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, verifyCode: true } });
  // ok: timing-unsafe-comparison
  if (!user?.verifyCode || !safeEqual(user.verifyCode, hashToken(code))) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: user.id }, data: { emailVerified: new Date(), verifyCode: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resetPassword(formData: FormData) {
  const token = String(formData.get("token") ?? "");
  const password = String(formData.get("password") ?? "");
  const email = emailSchema.parse({ email: formData.get("email") }).email;
  if (token.length !== 64 || password.length < 10) return { error: "Invalid request" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, resetTokenHash: true } });
  // ruleid: timing-unsafe-comparison
  if (!user || user.resetTokenHash !== hashToken(token)) return { error: "Link expired" };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(password, 12), resetTokenHash: null } });
  await auditLog({ actorId: user.id, action: "password.reset" });
  return { ok: true };
}
