"use server";

import bcrypt from "bcryptjs";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp, rateLimitByKey } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";
import { auditLog } from "@/lib/audit";
import { hashToken, newToken } from "@/lib/crypto";

const EmailSchema = v.object({ email: v.pipe(v.string(), v.trim(), v.email()) });
const ResetSchema = v.object({ token: v.pipe(v.string(), v.minLength(20)), password: v.pipe(v.string(), v.minLength(12), v.maxLength(200)) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot-password", 3);
  const result = v.safeParse(EmailSchema, { email: formData.get("email") });
  if (!result.success) return { message: "Enter a valid e-mail address." };
  const user = await prisma.user.findUnique({ where: { email: result.output.email }, select: { id: true, email: true } });
  if (user) {
    const token = newToken();
    await prisma.verificationToken.create({ data: { identifier: user.email, token: hashToken(token), kind: "reset", expiresAt: new Date(Date.now() + 3600_000) } });
    await sendEmail(user.email, "Reset your Docketly password", `<a href="https://app.docketly.law/reset-password/${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { message: "If that address has an account, we've sent a reset link." };
}

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("reset-password", 5);
  const result = v.safeParse(ResetSchema, Object.fromEntries(formData));
  if (!result.success) return { message: "Password must be at least 12 characters." };
  // looked up by hash: the raw token is never compared in JS
  const record = await prisma.verificationToken.findUnique({ where: { token: hashToken(result.output.token) }, select: { identifier: true, kind: true, expiresAt: true } });
  if (!record || record.kind !== "reset" || record.expiresAt < new Date()) {
    // ok: information-disclosure
    return { message: "This link is invalid or has expired." };
  }
  const user = await prisma.user.update({
    where: { email: record.identifier },
    data: { passwordHash: await bcrypt.hash(result.output.password, 12), failedLogins: 0, lockedUntil: null },
    select: { id: true },
  });
  await prisma.session.deleteMany({ where: { userId: user.id } });
  await prisma.verificationToken.delete({ where: { token: hashToken(result.output.token) } });
  await auditLog({ actorId: user.id, action: "password.reset" });
  return { message: "Password updated. You can sign in now." };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function resendVerificationEmail(_prev: unknown, formData: FormData) {
  const result = v.safeParse(EmailSchema, { email: formData.get("email") });
  if (!result.success) return { message: "Enter a valid e-mail address." };
  const user = await prisma.user.findUnique({ where: { email: result.output.email }, select: { email: true, emailVerified: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { message: "No account with that email." };
  }
  if (user.emailVerified) {
    // ruleid: information-disclosure
    return { message: "This e-mail is already verified — just sign in." };
  }
  const token = newToken();
  await prisma.verificationToken.create({ data: { identifier: user.email, token: hashToken(token), kind: "verify-email", expiresAt: new Date(Date.now() + 86400_000) } });
  await sendEmail(user.email, "Confirm your Docketly account", `<a href="https://app.docketly.law/verify?token=${token}">Confirm</a>`);
  return { message: "Sent." };
}

// Per-address throttle instead of per-IP (firms share NAT egress).
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function resendInviteReminder(_prev: unknown, formData: FormData) {
  const result = v.safeParse(EmailSchema, { email: formData.get("email") });
  if (!result.success) return { message: "Enter a valid e-mail address." };
  if (!(await rateLimitByKey(`invite-reminder:${result.output.email}`))) {
    return { message: "Please wait before asking again." };
  }
  const invite = await prisma.invite.findFirst({ where: { email: result.output.email, acceptedAt: null }, select: { id: true } });
  if (invite) {
    await sendEmail(result.output.email, "Your Docketly invitation", "<p>Your firm invited you. Ask your admin for a fresh link.</p>");
  }
  // ok: information-disclosure
  return { message: "If there is a pending invitation we've re-sent it." };
}
