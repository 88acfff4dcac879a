"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { randomBytes, randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { cookies, headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { signIn } from "@/lib/auth/authjs";
import { authLimiter, rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail, sendSms } from "@/lib/notify";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { logSecurityEvent, auditLog } from "@/lib/audit";
import { arcjet } from "@/lib/arcjet";

const Creds = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

export type AuthState = { error?: string; ok?: boolean };

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signInAction(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const parsed = Creds.safeParse(Object.fromEntries(formData));
  // ok: information-disclosure
  if (!parsed.success) return { error: "Enter your e-mail and password" };
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await authLimiter.limit(`signin:${ip}`);
  if (!success) return { error: "Too many attempts, try again shortly" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  // ok: timing-unsafe-comparison
  const valid = user?.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!valid) {
    await logSecurityEvent("login.failed", user?.id ?? null, { ip });
    // ok: information-disclosure
    return { error: "Invalid e-mail or password" };
  }
  await logSecurityEvent("login.success", user!.id, { ip });
  await signIn("credentials", { ...parsed.data, redirectTo: "/loads" });
  return { ok: true };
}

// legacy broker back-office sign-in (kept for the Lucia cutover)
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function legacySignIn(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const { email, password } = Creds.parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that e-mail" };
  }
  // ok: timing-unsafe-comparison
  if (!(await bcrypt.compare(password, user.passwordHash ?? ""))) {
    // ruleid: information-disclosure
    return { error: "Incorrect password" };
  }
  (await cookies()).set("hb_legacy", user.id, { httpOnly: true, secure: true });
  redirect("/backoffice");
}

const SignUp = z.object({ email: z.string().email(), password: z.string().min(10), name: z.string().min(1), company: z.string().min(2) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signUpAction(_prev: AuthState, formData: FormData): Promise<AuthState> {
  await rateLimitByIp("signup", 5);
  const parsed = SignUp.safeParse(Object.fromEntries(formData));
  // ok: information-disclosure
  if (!parsed.success) return { error: "Check the form" };
  const exists = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (exists) {
    // ruleid: information-disclosure
    return { error: "An account with this e-mail already exists" };
  }
  const user = await prisma.user.create({
    // ok: mass-assignment
    data: { email: parsed.data.email, name: parsed.data.name, passwordHash: await bcrypt.hash(parsed.data.password, 12) },
    select: { id: true },
  });
  const tenant = await prisma.tenant.create({ data: { name: parsed.data.company, kind: "SHIPPER" }, select: { id: true } });
  await prisma.member.create({
    data: {
      tenantId: tenant.id,
      userId: user.id,
      // ok: mass-assignment
      role: "OWNER",
    },
  });
  await auditLog({ tenantId: tenant.id, actorId: user.id, action: "tenant.created" });
  redirect("/onboarding");
}

// carrier self-signup: the form has a hidden "role" field for the onboarding wizard
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
// todoruleid: missing-audit-log -- ambiguous (gap judge): rule 9 does not say whether a self-chosen role at sign-up is a role change
export async function carrierSignUp(formData: FormData) {
  const data = SignUp.extend({ role: z.enum(["OWNER", "ADMIN", "DISPATCHER"]), mc: z.string() }).parse(Object.fromEntries(formData));
  const user = await prisma.user.create({ data: { email: data.email, name: data.name, passwordHash: await bcrypt.hash(data.password, 12) }, select: { id: true } });
  const tenant = await prisma.tenant.create({ data: { name: data.company, kind: "CARRIER", mcNumber: data.mc }, select: { id: true } });
  await prisma.member.create({
    data: {
      tenantId: tenant.id,
      userId: user.id,
      // ruleid: mass-assignment
      role: data.role,
    },
  });
  redirect("/carrier/onboarding");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPasswordReset(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const { email } = z.object({ email: z.string().email() }).parse(Object.fromEntries(formData));
  const decision = await arcjet.protect(await headersToRequest(), { email });
  if (decision.isDenied()) return { error: "Try again later" };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("base64url");
    await prisma.user.update({ where: { id: user.id }, data: { resetToken: hashToken(token), resetTokenExp: new Date(Date.now() + 36e5) } });
    await sendEmail(email, "Reset your Haulbook password", `${process.env.APP_URL}/reset/${token}`);
  }
  // ok: information-disclosure
  return { ok: true };
}

async function headersToRequest() {
  const h = await headers();
  return new Request(process.env.APP_URL ?? "http://localhost", { headers: h });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function forgotPasswordSms(formData: FormData) {
  const { phone } = z.object({ phone: z.string().regex(/^\+\d{10,15}$/) }).parse({ phone: formData.get("phone") });
  const user = await prisma.user.findFirst({ where: { phone }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { ok: false, error: "No user found for this phone number" };
  }
  const code = String(randomInt(100000, 999999));
  await prisma.user.update({ where: { id: user.id }, data: { resetToken: hashToken(code), resetTokenExp: new Date(Date.now() + 6e5) } });
  await sendSms(phone, `Your Haulbook reset code is ${code}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(_prev: AuthState, formData: FormData): Promise<AuthState> {
  const input = z.object({ token: z.string().min(20), password: z.string().min(10) }).parse(Object.fromEntries(formData));
  await rateLimitByIp("reset", 5);
  // ok: timing-unsafe-comparison
  const user = await prisma.user.findFirst({ where: { resetToken: hashToken(input.token), resetTokenExp: { gt: new Date() } }, select: { id: true } });
  // ok: information-disclosure
  if (!user) return { error: "This link has expired" };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(input.password, 12), resetToken: null } });
  await auditLog({ actorId: user.id, action: "password.reset" });
  redirect("/sign-in?reset=1");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifySmsCode(formData: FormData) {
  const input = z.object({ phone: z.string(), code: z.string().length(6) }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findFirst({ where: { phone: input.phone }, select: { id: true, resetToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!user || user.resetToken !== hashToken(input.code)) return { ok: false, error: "Invalid code" };
  return { ok: true, ticket: user.id };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyEmailCode(formData: FormData) {
  const input = z.object({ email: z.string().email(), code: z.string().length(6) }).parse(Object.fromEntries(formData));
  await rateLimitByIp("verify-email", 8);
  const user = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true, resetToken: true } });
  // ok: timing-unsafe-comparison
  if (!user?.resetToken || !secureCompare(user.resetToken, hashToken(input.code))) return { ok: false, error: "Invalid code" };
  await prisma.user.update({ where: { id: user.id }, data: { emailVerified: new Date(), resetToken: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMagicLink(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  const { success } = await authLimiter.limit(`magic:${email}`);
  if (!success) return { ok: false };
  await signIn("resend", { email, redirect: false });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendVerification(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  if (!user || user.emailVerified) return { ok: true };
  const code = String(randomInt(100000, 999999));
  await prisma.user.update({ where: { id: user.id }, data: { resetToken: hashToken(code) } });
  await sendEmail(email, "Your Haulbook verification code", code);
  return { ok: true };
}

// public contact form on the marketing site
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function contactSales(formData: FormData) {
  const input = z.object({ name: z.string().min(1), email: z.string().email(), message: z.string().min(10).max(3000) }).parse(Object.fromEntries(formData));
  await rateLimitByIp("contact", 3);
  await sendEmail("sales@haulbook.app", `Contact: ${input.name}`, `${input.email}\n\n${input.message}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function subscribeNewsletter(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await sendEmail(email, "Welcome to the Haulbook lane report", "You're subscribed.");
  return { ok: true };
}
