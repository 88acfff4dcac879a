"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { signIn as authSignIn } from "@/auth";
import { rateLimitByIp, ratelimit, smsLimiter, clientIp } from "@/lib/ratelimit";
import { logSecurityEvent, auditLog } from "@/lib/audit";
import { sendEmail, sendSms } from "@/lib/notify";
import { sha256, secureCompare } from "@/lib/secure-compare";

const credentials = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

type FormState = { error?: string; ok?: boolean } | undefined;

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("signin", 10);
  const parsed = credentials.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter a valid e-mail and password" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  const valid = user?.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!user || !valid) {
    await logSecurityEvent("login_failed", { email: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid e-mail or password" };
  }
  await logSecurityEvent("login_success", { userId: user.id });
  await authSignIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  redirect("/app");
}

const signUpSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10),
  name: z.string().min(1).max(100),
  company: z.string().min(2).max(120),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("signup", 5);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  const { email, password, name, company } = parsed.data;
  const exists = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  // ok: information-disclosure
  if (exists) return { error: "Could not create the account. If you already have one, sign in instead." };
  const user = await prisma.user.create({
    // ok: mass-assignment
    data: { email, name, passwordHash: await bcrypt.hash(password, 12) },
    select: { id: true },
  });
  const employer = await prisma.employer.create({ data: { name: company, slug: company.toLowerCase().replace(/[^a-z0-9]+/g, "-") + "-" + user.id.slice(-4) }, select: { id: true } });
  await prisma.membership.create({ data: { userId: user.id, employerId: employer.id, role: "owner" } });
  await auditLog({ employerId: employer.id, actorId: user.id, action: "employer.created_with_owner" });
  redirect("/onboarding/company");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = z.string().email().safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid e-mail" };
  const user = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true, email: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No account with that e-mail address" };
  }
  const token = randomBytes(32).toString("hex");
  await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3600_000) } });
  await sendEmail(user.email, "Reset your Shiftwise password", `<a href="${process.env.APP_URL}/reset?token=${token}">Reset</a>`);
  return { ok: true };
}

const resetSchema = z.object({ token: z.string().length(64), password: z.string().min(10) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("reset", 5);
  const parsed = resetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid link" };
  const row = await prisma.passwordResetToken.findUnique({ where: { tokenHash: sha256(parsed.data.token) }, select: { id: true, userId: true, expiresAt: true } });
  if (!row || row.expiresAt < new Date()) return { error: "This link has expired" };
  await prisma.user.update({ where: { id: row.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await prisma.passwordResetToken.delete({ where: { id: row.id } });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendMagicLink(_prev: FormState, formData: FormData): Promise<FormState> {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`magic:${ip}`);
  if (!success) return { error: "Too many requests" };
  const email = z.string().email().parse(formData.get("email"));
  await authSignIn("resend", { email, redirect: false });
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth
export async function sendSmsCode(phone: string) {
  if (typeof phone !== "string" || !/^\+[1-9]\d{7,14}$/.test(phone)) throw new Error("Invalid phone");
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.smsCode.create({ data: { phone, codeHash: sha256(code), expiresAt: new Date(Date.now() + 5 * 60_000) } });
  await sendSms(phone, `Your Shiftwise code is ${code}`);
  return { sent: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function verifySmsCode(phone: string, code: string) {
  const { success } = await smsLimiter.limit(`verify:${phone}`);
  if (!success) return { error: "Too many attempts" };
  if (typeof phone !== "string" || typeof code !== "string" || !/^\d{6}$/.test(code)) return { error: "Invalid code" };
  const row = await prisma.smsCode.findFirst({ where: { phone, expiresAt: { gt: new Date() } }, orderBy: { expiresAt: "desc" }, select: { id: true, codeHash: true } });
  if (!row) return { error: "Invalid code" };
  // ruleid: timing-unsafe-comparison
  if (row.codeHash !== sha256(code)) return { error: "Invalid code" };
  await prisma.smsCode.delete({ where: { id: row.id } });
  (await cookies()).set("sw_phone_verified", sha256(phone), { httpOnly: true });
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-rate-limit, missing-input-validation
export async function acceptInvite(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("invite-accept", 10);
  const parsed = z.object({ token: z.string().min(20), password: z.string().min(10), name: z.string().min(1) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid invite" };
  const invite = await prisma.invite.findUnique({ where: { token: parsed.data.token }, select: { id: true, email: true, role: true, employerId: true, expiresAt: true, acceptedAt: true } });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) return { error: "Invite is no longer valid" };
  const user = await prisma.user.upsert({
    where: { email: invite.email },
    create: { email: invite.email, name: parsed.data.name, passwordHash: await bcrypt.hash(parsed.data.password, 12) },
    update: {},
    select: { id: true },
  });
  await prisma.membership.create({ data: { userId: user.id, employerId: invite.employerId, role: invite.role } });
  await prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
  redirect("/app");
}

// Invite link preview for the accept page.
// ok: missing-auth, missing-rate-limit
export async function checkInviteCode(token: string, code: string) {
  await rateLimitByIp("invite-check", 20);
  if (typeof token !== "string" || typeof code !== "string") return { valid: false };
  const invite = await prisma.invite.findUnique({ where: { token }, select: { token: true, email: true } });
  // ok: timing-unsafe-comparison
  return { valid: !!invite && secureCompare(invite.token, token), email: invite?.email };
}
