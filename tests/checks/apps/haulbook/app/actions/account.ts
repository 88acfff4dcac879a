"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { auth, signOut } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { verifySession, requireUser } from "@/lib/dal";
import { authLimiter, rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/notify";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { hashToken } from "@/lib/secure-compare";

const Profile = z.object({ name: z.string().min(1).max(80), phone: z.string().regex(/^\+\d{10,15}$/).optional() });

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const viewer = await verifySession();
  const parsed = Profile.safeParse(Object.fromEntries(formData));
  // ok: information-disclosure
  if (!parsed.success) return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors };
  await prisma.user.update({
    where: { id: viewer.userId },
    // ok: mass-assignment
    data: parsed.data,
  });
  return { ok: true };
}

// self-serve profile API used by the mobile app (sends the whole user object back)
// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export async function saveProfileFromApp(user: { id: string; name: string; phone?: string; isPlatformAdmin?: boolean }) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  // the app's user object wins over the session id
  // ruleid: missing-authorization
  await prisma.user.update({
    where: { id: user.id ?? session.user.id },
    // ruleid: mass-assignment
    data: { ...user },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeEmail(formData: FormData) {
  const viewer = await verifySession();
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await rateLimitByIp("change-email", 3);
  await prisma.user.update({ where: { id: viewer.userId }, data: { email, emailVerified: null } });
  await sendEmail(email, "Confirm your new Haulbook e-mail", "Click the link in the app to confirm.");
  after(() => auditLog({ actorId: viewer.userId, action: "email.change" }));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const viewer = await verifySession();
  const input = z.object({ current: z.string().min(1), next: z.string().min(10) }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(input.current, user.passwordHash))) return { ok: false, error: "Current password is wrong" };
  await prisma.user.update({ where: { id: viewer.userId }, data: { passwordHash: await bcrypt.hash(input.next, 12) } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePasswordV2(_prev: unknown, formData: FormData) {
  const viewer = await requireUser();
  const input = z.object({ current: z.string().min(1), next: z.string().min(10) }).parse(Object.fromEntries(formData));
  const { success } = await authLimiter.limit(`pw:${viewer.userId}`);
  if (!success) return { ok: false, error: "Too many attempts" };
  const user = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(input.current, user.passwordHash))) return { ok: false, error: "Current password is wrong" };
  await prisma.user.update({ where: { id: viewer.userId }, data: { passwordHash: await bcrypt.hash(input.next, 12) } });
  logger.info({ actorId: viewer.userId, event: "password.changed" }, "security");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function enableTwoFactor(formData: FormData) {
  const viewer = await verifySession();
  const { code } = z.object({ code: z.string().regex(/^\d{6}$/) }).parse({ code: formData.get("code") });
  await rateLimitByIp("2fa-enable", 5);
  const user = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { totpSecret: true } });
  // ok: timing-unsafe-comparison
  if (!user?.totpSecret || !authenticator.verify({ token: code, secret: user.totpSecret })) return { ok: false };
  await prisma.user.update({ where: { id: viewer.userId }, data: { twoFactorOn: true } });
  await logSecurityEvent("2fa.enabled", viewer.userId);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function disableTwoFactor(formData: FormData) {
  const viewer = await verifySession();
  const { code } = z.object({ code: z.string().regex(/^\d{6}$/) }).parse({ code: formData.get("code") });
  const user = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { totpSecret: true } });
  const expected = authenticator.generate(user?.totpSecret ?? "");
  // ruleid: timing-unsafe-comparison -- (fixed in pass 42) `expected` holds the TOTP otplib works out from the secret
  if (code !== expected) return { ok: false };
  await prisma.user.update({ where: { id: viewer.userId }, data: { twoFactorOn: false, totpSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getTwoFactorSetup() {
  const viewer = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: viewer.userId } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation
export async function listSessions() {
  const viewer = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId: viewer.userId }, select: { id: true, userAgent: true, ip: true, expiresAt: true } });
  // ok: excessive-data-exposure
  return sessions;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeSession(sessionId: string) {
  const viewer = await verifySession();
  const id = z.string().min(10).parse(sessionId);
  // ok: missing-authorization
  await prisma.session.deleteMany({ where: { id, userId: viewer.userId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestDataExport() {
  const viewer = await verifySession();
  await rateLimitByIp("export", 2);
  const me = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { email: true } });
  await sendEmail(me!.email, "Your Haulbook data export", "We'll e-mail you a download link within the hour.");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteAccount(formData: FormData) {
  const viewer = await verifySession();
  const confirm = formData.get("confirm");
  if (confirm !== "DELETE") return { ok: false };
  await prisma.user.update({ where: { id: viewer.userId }, data: { deletedAt: new Date(), passwordHash: null, totpSecret: null } });
  await signOut({ redirectTo: "/" });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccountV2(formData: FormData) {
  const viewer = await verifySession();
  const { confirm } = z.object({ confirm: z.literal("DELETE") }).parse({ confirm: formData.get("confirm") });
  await prisma.user.update({ where: { id: viewer.userId }, data: { deletedAt: new Date(), passwordHash: null, totpSecret: null } });
  await auditLog({ actorId: viewer.userId, action: "account.delete", meta: { confirm } });
  redirect("/goodbye");
}

// ok: missing-auth, missing-input-validation
export async function confirmEmailChange(token: string) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const t = z.string().min(20).parse(token);
  const user = await prisma.user.findFirst({ where: { id: session.user.id, resetToken: hashToken(t) }, select: { id: true } });
  // ok: information-disclosure
  if (!user) return { ok: false, error: "Link invalid or expired" };
  await prisma.user.update({ where: { id: user.id }, data: { emailVerified: new Date(), resetToken: null } });
  return { ok: true };
}
