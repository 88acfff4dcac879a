"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { auth, signOut } from "@/lib/auth";
import { verifySession } from "@/lib/dal";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { rateLimitByKey } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";
import { hashToken, newToken } from "@/lib/crypto";

const profileSchema = z.object({
  name: z.string().min(1).max(80),
  phone: z.string().regex(/^\+[1-9]\d{7,14}$/).optional(),
});

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const submission = parseWithZod(formData, { schema: profileSchema });
  if (submission.status !== "success") return submission.reply();
  // ok: missing-authorization
  const user = await prisma.user.update({
    where: { id: session.userId },
    // ok: mass-assignment
    data: submission.value,
    select: { id: true, name: true, phone: true },
  });
  revalidatePath("/account");
  // ok: excessive-data-exposure
  return { status: "success" as const, user };
}

const emailSchema = z.object({ newEmail: z.string().email().toLowerCase() });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function changeEmail(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const { newEmail } = emailSchema.parse({ newEmail: formData.get("newEmail") });
  const token = newToken();
  await prisma.magicLinkToken.create({ data: { email: newEmail, token: hashToken(token), expiresAt: new Date(Date.now() + 36e5) } });
  await sendEmail(newEmail, "Confirm your new e-mail", `https://marquee.live/account/confirm-email?t=${token}`);
  await logSecurityEvent("email_change_requested", { userId: session.user.id, newEmail });
  return { ok: true };
}

const passwordSchema = z.object({ current: z.string().min(1), next: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  if (!(await rateLimitByKey(`pw:${userId}`, 5))) return { error: "Too many attempts" };
  const { current, next } = passwordSchema.parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(current, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect" };
  }
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  await prisma.session.deleteMany({ where: { userId } });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
export async function beginTwoFactorSetup() {
  const { userId, email } = await verifySession();
  const secret = authenticator.generateSecret();
  await prisma.user.update({ where: { id: userId }, data: { totpSecret: secret, totpEnabled: false } });
  // ok: excessive-data-exposure
  return { otpauth: authenticator.keyuri(email, "Marquee", secret) };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function confirmTwoFactor(otp: string) {
  const { userId } = await verifySession();
  if (!(await rateLimitByKey(`totp-confirm:${userId}`, 5))) return { error: "Too many attempts" };
  if (typeof otp !== "string" || !/^\d{6}$/.test(otp)) return { error: "Enter the 6-digit code" };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  if (!user?.totpSecret) return { error: "Start setup again" };
  const expectedOtp = authenticator.generate(user.totpSecret);
  // ruleid: timing-unsafe-comparison
  if (otp !== expectedOtp) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: userId }, data: { totpEnabled: true } });
  await logSecurityEvent("2fa_enabled", { userId });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
// ruleid: missing-audit-log
export async function disableTwoFactor(password: string) {
  const { userId } = await verifySession();
  if (!(await rateLimitByKey(`2fa-off:${userId}`, 3))) return { error: "Too many attempts" };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (typeof password !== "string" || !user?.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) {
    return { error: "Password is incorrect" };
  }
  await prisma.user.update({ where: { id: userId }, data: { totpEnabled: false, totpSecret: null, recoveryCodes: [] } });
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
export async function listMySessions() {
  const { userId } = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId }, select: { id: true, userAgent: true, ip: true, expiresAt: true } });
  // ok: excessive-data-exposure
  return sessions;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function revokeSession(sessionId: string) {
  await verifySession();
  // ruleid: missing-authorization
  await prisma.session.delete({ where: { id: sessionId } });
  revalidatePath("/account/security");
}

// ok: missing-auth, missing-input-validation
export async function revokeOtherSessions(currentSessionId: string) {
  const { userId } = await verifySession();
  if (typeof currentSessionId !== "string") throw new Error("Bad request");
  // ok: missing-authorization
  const { count } = await prisma.session.deleteMany({ where: { userId, NOT: { id: currentSessionId } } });
  after(() => auditLog({ action: "sessions.revoked_others", actorId: userId, metadata: { count } }));
  // ok: excessive-data-exposure
  return { count };
}

// ok: missing-auth
export async function exportMyData() {
  const { userId } = await verifySession();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: { orders: { include: { tickets: true } }, memberships: true },
  });
  after(() => auditLog({ action: "gdpr.export", actorId: userId }));
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Not signed in" };
  // ok: missing-input-validation
  if (formData.get("confirm") !== "DELETE") return { error: "Type DELETE to confirm" };
  const userId = session.user.id;
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  after(() => auditLog({ action: "account.deleted", actorId: userId }));
  await signOut({ redirectTo: "/" });
}
