"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { ratelimit, rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { newToken, sha256 } from "@/lib/crypto";

const ProfileSchema = z.object({ name: z.string().min(1).max(120), phone: z.string().max(20).optional() });

// ok: missing-auth, missing-input-validation, mass-assignment
export async function updateProfile(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const data = ProfileSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: userId }, data });
  revalidatePath("/settings");
  return { ok: true };
}

// the "advanced" profile form the mobile team added; posts the whole form
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileAdvanced(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  await prisma.user.update({
    where: { id: session.user.id },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
}

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log -- (gap judge: ambiguous) the request step of an e-mail change only issues a token; the confirm step is where the change happens
export async function requestEmailChange(formData: FormData) {
  const { userId } = await verifySession();
  const { success } = await ratelimit.limit(`email-change:${userId}`);
  if (!success) return { error: "Slow down" };
  const email = z.string().email().parse(formData.get("email"));
  const token = newToken();
  await prisma.passwordReset.create({ data: { userId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 36e5) } });
  await sendEmail(email, "Confirm your new e-mail", `https://app.claimdesk.io/settings/email/${token}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function changePassword(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const { current, next } = z.object({ current: z.string(), next: z.string().min(12) }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user.passwordHash || !(await bcrypt.compare(current, user.passwordHash))) return { error: "Current password is wrong" };
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  await logSecurityEvent("password_changed", userId);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function disableTwoFactor(formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp("2fa-disable", 5);
  const code = z.string().length(6).parse(formData.get("code"));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } });
  if (!user.totpSecret || !authenticator.verify({ token: code, secret: user.totpSecret })) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: userId }, data: { twoFactorEnabled: false, totpSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function confirmTwoFactor(formData: FormData) {
  const { userId } = await verifySession();
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } });
  const expected = authenticator.generate(user.totpSecret!);
  // ruleid: timing-unsafe-comparison -- (fixed in pass 42) `expected` holds the TOTP otplib works out from the secret
  if (code !== expected) return { error: "Invalid code" };
  await prisma.user.update({ where: { id: userId }, data: { twoFactorEnabled: true } });
  await auditLog({ actorId: userId, action: "2fa.enabled" });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function revokeSession(sessionId: string) {
  const { userId } = await verifySession();
  // ok: missing-authorization
  await prisma.session.deleteMany({ where: { id: sessionId, userId } });
  revalidatePath("/settings/sessions");
}

// ok: missing-auth, excessive-data-exposure
export async function listMySessions() {
  const { userId } = await verifySession();
  const rows = await prisma.session.findMany({ where: { userId } });
  // ok: excessive-data-exposure
  return rows.map((s) => ({ id: s.id, userAgent: s.userAgent, ip: s.ip, expiresAt: s.expiresAt }));
}

// Data export (GDPR). The optional session helper doesn't redirect.
// ruleid: missing-auth
export async function exportMyData() {
  const session = await getOptionalSession();
  const user = await prisma.user.findUnique({ where: { id: session?.userId }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth
// ruleid: missing-audit-log
export async function deleteMyAccount() {
  const session = await getOptionalSession();
  if (!session) redirect("/sign-in");
  await prisma.session.deleteMany({ where: { userId: session.userId } });
  await prisma.user.delete({ where: { id: session.userId } });
  redirect("/goodbye");
}
