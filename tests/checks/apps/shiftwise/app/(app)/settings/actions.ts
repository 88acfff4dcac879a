"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { auth, signOut } from "@/auth";
import { prisma } from "@/lib/db";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { rateLimitByIp, ratelimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { logger } from "@/lib/logger";

const profileSchema = z.object({ name: z.string().min(1).max(100), phone: z.string().max(20).optional() });

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user) return { error: "Sign in required" };
  const data = profileSchema.parse(Object.fromEntries(formData));
  await prisma.user.update({
    where: { id: (session.user as any).id },
    // ok: mass-assignment
    data,
  });
  revalidatePath("/settings/profile");
  return { ok: true };
}

// Mobile app sends the full profile object back.
// ruleid: missing-input-validation
export async function updateProfileFromApp(input: { name?: string; phone?: string; email?: string; emailVerified?: string }) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  await prisma.user.update({
    where: { id: (session.user as any).id },
    // ruleid: mass-assignment
    data: input,
  });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function changeEmail(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user) redirect("/sign-in");
  const userId = (session.user as any).id as string;
  if (!(await ratelimit.limit(`email-change:${userId}`)).success) return { error: "Try again later" };
  const email = z.string().email().parse(formData.get("email"));
  await prisma.user.update({ where: { id: userId }, data: { email, emailVerified: null } });
  await sendEmail(email, "Confirm your new e-mail", "<p>Click the link to confirm.</p>");
  after(() => auditLog({ actorId: userId, action: "user.email_changed" }));
  return { ok: true };
}

const pwSchema = z.object({ current: z.string().min(1), next: z.string().min(10) });

// ok: missing-auth, missing-audit-log, missing-input-validation
// ruleid: missing-rate-limit
export async function changePassword(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user) return { error: "Sign in required" };
  const userId = (session.user as any).id as string;
  const { current, next } = pwSchema.parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(current, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect" };
  }
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  await logSecurityEvent("password_changed", { userId });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export async function disableTwoFactor(code: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const userId = (session.user as any).id as string;
  await rateLimitByIp(`2fa-disable:${userId}`, 5);
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return { error: "Enter the 6-digit code" };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  if (!user?.totpSecret || !authenticator.verify({ token: code, secret: user.totpSecret })) return { error: "Wrong code" };
  await prisma.user.update({ where: { id: userId }, data: { totpEnabled: false, totpSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function enableTwoFactor(secret: string, code: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const userId = (session.user as any).id as string;
  if (typeof secret !== "string" || typeof code !== "string") return { error: "Invalid" };
  if (!authenticator.verify({ token: code, secret })) return { error: "Wrong code" };
  await prisma.user.update({ where: { id: userId }, data: { totpEnabled: true, totpSecret: secret } });
  await auditLog({ actorId: userId, action: "user.2fa_enabled" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(sessionId);
  // ok: missing-authorization
  await prisma.session.deleteMany({ where: { id, userId: (session.user as any).id } });
  revalidatePath("/settings/sessions");
}

// ok: missing-auth
export async function listMySessions() {
  const session = await auth();
  if (!session?.user) return [];
  const rows = await prisma.session.findMany({ where: { userId: (session.user as any).id } });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function exportMyData() {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const userId = (session.user as any).id as string;
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, phone: true, createdAt: true } });
  const employees = await prisma.employee.findMany({ where: { userId }, select: { id: true, firstName: true, lastName: true, employerId: true } });
  // ok: excessive-data-exposure
  return { user, employees };
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const userId = (session.user as any).id as string;
  try {
    await prisma.membership.deleteMany({ where: { userId } });
    await prisma.user.delete({ where: { id: userId } });
    logger.info({ userId, event: "account_deleted" }, "account deleted");
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  await signOut({ redirect: false });
  redirect("/goodbye");
}

// Older settings page still posts here.
// ruleid: missing-auth
export async function updateNotificationPrefs(userId: string, prefs: { sms: boolean; email: boolean; push: boolean }) {
  const session = await auth();
  const parsed = z.object({ sms: z.boolean(), email: z.boolean(), push: z.boolean() }).parse(prefs);
  const uid = z.string().cuid().parse(userId ?? (session?.user as any)?.id);
  // ruleid: mass-assignment -- (added in pass 31) the audit row's actor is the user id the client passes (`userId ?? session id`)
  await prisma.auditLog.create({ data: { actorId: uid, action: "prefs.updated", meta: parsed } });
  await prisma.user.update({ where: { id: uid }, data: { phone: parsed.sms ? undefined : null } });
}
