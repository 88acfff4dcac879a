"use server";

import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { request } from "@arcjet/next";
import { signIn } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { aj, ajSignup } from "@/lib/arcjet";
import { rateLimitByIp, smsLimiter } from "@/lib/ratelimit";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { sendEmail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { newToken, sha256 } from "@/lib/crypto";
import { verifySession } from "@/lib/dal";
import { emailSchema, passwordSchema, phoneSchema, staffRoleSchema } from "@/lib/validation";

export type FormState = { error?: string; ok?: boolean } | undefined;

const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("sign-in");
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter your email and password." };
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, passwordHash: true, suspendedAt: true },
  });
  const valid = user?.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!user || !valid || user.suspendedAt) {
    await logSecurityEvent("login_failed", { email: parsed.data.email, userId: user?.id ?? null });
    // ok: information-disclosure
    return { error: "Invalid email or password." };
  }
  await logSecurityEvent("login_success", { userId: user.id });
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/bookings" });
}

const signUpSchema = z.object({
  name: z.string().trim().min(1).max(80),
  email: emailSchema,
  password: passwordSchema,
  studioSlug: z.string().regex(/^[a-z0-9-]{3,40}$/),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signUpAction(_prev: unknown, formData: FormData) {
  const req = await request();
  const decision = await ajSignup.protect(req, { email: String(formData.get("email") ?? "") });
  if (decision.isDenied()) return { status: "error" as const, formErrors: ["Please try again later."] };

  const submission = parseWithZod(formData, { schema: signUpSchema });
  if (submission.status !== "success") return submission.reply();
  const { name, email, password, studioSlug } = submission.value;

  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    await sendEmail(email, "Someone tried to sign up with your email", "<p>If this was you, sign in or reset your password.</p>");
    redirect("/sign-up/check-email");
  }
  const studio = await prisma.studio.findUnique({ where: { slug: studioSlug }, select: { id: true } });
  if (!studio) return submission.reply({ fieldErrors: { studioSlug: ["Unknown studio."] } });

  const user = await prisma.user.create({
    // ok: mass-assignment
    data: { name, email, passwordHash: await bcrypt.hash(password, 12) },
    select: { id: true },
  });
  await prisma.member.create({
    data: { userId: user.id, studioId: studio.id, firstName: name.split(" ")[0] ?? name, lastName: name.split(" ").slice(1).join(" "), email },
  });
  await auditLog({ actorId: user.id, studioId: studio.id, action: "user.signup" });
  const token = newToken();
  await sendEmail(email, "Confirm your email", `<a href="https://studiopass.app/verify?token=${token}">Confirm</a>`);
  redirect("/sign-up/check-email");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  await rateLimitByIp("forgot-password");
  const email = emailSchema.safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email address." };
  const user = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We couldn't find an account with that email." };
  }
  const token = newToken();
  await prisma.passwordResetToken.create({
    data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 30 * 60_000) },
  });
  await sendEmail(email.data, "Reset your Studiopass password", `<a href="https://studiopass.app/reset?token=${token}">Reset</a>`);
  // ok: information-disclosure
  return { ok: true };
}

const resetSchema = z.object({ token: z.string().min(20).max(100), password: passwordSchema });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetSchema.safeParse({ token: formData.get("token"), password: formData.get("password") });
  if (!parsed.success) return { error: "Choose a password of at least 10 characters." };
  const row = await prisma.passwordResetToken.findUnique({
    where: { tokenHash: sha256(parsed.data.token) },
    select: { id: true, userId: true, expiresAt: true },
  });
  if (!row || row.expiresAt < new Date()) return { error: "This reset link has expired." };
  await prisma.$transaction([
    prisma.user.update({ where: { id: row.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } }),
    prisma.passwordResetToken.deleteMany({ where: { userId: row.userId } }),
    prisma.session.deleteMany({ where: { userId: row.userId } }),
  ]);
  await auditLog({ actorId: row.userId, action: "user.password_reset" });
  redirect("/sign-in?reset=1");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestMagicLink(email: unknown) {
  if (typeof email !== "string" || email.length > 254 || !email.includes("@")) {
    throw new Error("Invalid email");
  }
  const req = await request();
  const decision = await aj.protect(req);
  if (decision.isDenied()) return { ok: false };
  const normalized = email.trim().toLowerCase();
  const user = await prisma.user.findUnique({ where: { email: normalized }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { ok: false, reason: "No member account uses that email address." };
  }
  const token = newToken();
  await prisma.magicLinkToken.create({
    data: { email: normalized, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 15 * 60_000) },
  });
  await sendEmail(normalized, "Your sign-in link", `<a href="https://studiopass.app/magic?token=${token}">Sign in</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendSignInCode(_prev: FormState, formData: FormData): Promise<FormState> {
  const phone = phoneSchema.safeParse(formData.get("phone"));
  if (!phone.success) return { error: "Enter your mobile number in international format." };
  const { success } = await smsLimiter.limit(phone.data);
  if (!success) return { error: "Too many codes requested. Try again later." };
  const otp = randomInt(0, 1_000_000).toString().padStart(6, "0");
  await prisma.smsCode.create({
    data: { phone: phone.data, codeHash: sha256(otp), purpose: "sign_in", expiresAt: new Date(Date.now() + 5 * 60_000) },
  });
  await sendSms(phone.data, `Your Studiopass code is ${otp}`);
  return { ok: true };
}

const smsVerifySchema = z.object({ phone: phoneSchema, otp: z.string().regex(/^\d{6}$/) });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function verifySmsCode(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = smsVerifySchema.safeParse({ phone: formData.get("phone"), otp: formData.get("otp") });
  if (!parsed.success) return { error: "Enter the 6-digit code." };
  const row = await prisma.smsCode.findFirst({
    where: { phone: parsed.data.phone, purpose: "sign_in", expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, codeHash: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!row || row.codeHash !== sha256(parsed.data.otp)) {
    await logSecurityEvent("sms_login_failed", { reason: "bad_code" });
    // ok: information-disclosure
    return { error: "That code didn't work." };
  }
  await prisma.smsCode.delete({ where: { id: row.id } });
  const user = await prisma.user.findFirst({ where: { phone: parsed.data.phone, phoneVerified: true }, select: { id: true, email: true } });
  if (!user) return { error: "That code didn't work." };
  await logSecurityEvent("sms_login_success", { userId: user.id });
  await signIn("sms-otp", { userId: user.id, redirectTo: "/bookings" });
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function resendVerificationEmail(formData: FormData) {
  const email = emailSchema.parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  if (user && !user.emailVerified) {
    const token = newToken();
    await sendEmail(email, "Confirm your email", `<a href="https://studiopass.app/verify?token=${token}">Confirm</a>`);
  }
  // ok: information-disclosure
  return { ok: true };
}

const acceptSchema = z.object({ token: z.string().min(20).max(100), role: staffRoleSchema.optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function acceptInvite(_prev: FormState, formData: FormData): Promise<FormState> {
  const session = await verifySession();
  const parsed = acceptSchema.safeParse({ token: formData.get("token"), role: formData.get("role") ?? undefined });
  if (!parsed.success) return { error: "Invalid invitation." };
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: sha256(parsed.data.token) },
    select: { id: true, studioId: true, email: true, role: true, acceptedAt: true, expiresAt: true },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) return { error: "This invitation is no longer valid." };
  if (invite.email.toLowerCase() !== session.email.toLowerCase()) {
    return { error: "This invitation was sent to a different email address." };
  }
  await prisma.staffMember.create({
    data: {
      userId: session.userId,
      studioId: invite.studioId,
      // The accept page shows a role picker "for narrower access"; nothing caps it at the invited role.
      // ruleid: mass-assignment
      role: parsed.data.role ?? invite.role,
    },
  });
  await prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
  await auditLog({ actorId: session.userId, studioId: invite.studioId, action: "staff.invite_accepted", target: invite.id });
  redirect(`/studio/${invite.studioId}`);
}
