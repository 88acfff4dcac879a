"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth, signOut } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { validatedActionWithUser } from "@/lib/with-action";
import { verifySession } from "@/lib/auth/session";
import { rateLimit, rateLimitByIp } from "@/lib/ratelimit";
import { logActivity } from "@/lib/audit";
import { sendMail } from "@/lib/mail";

const PasswordChange = z.object({ current: z.string().min(1), next: z.string().min(10) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedActionWithUser(PasswordChange, async (data, _fd, user) => {
  await rateLimitByIp(await headers(), `pw:${user.id}`, 5);
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  const valid = !!row?.passwordHash && (await bcrypt.compare(data.current, row.passwordHash));
  // ok: information-disclosure
  if (!valid) return { error: "Current password is incorrect" };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(data.next, 12) } });
  await logActivity({ actorId: user.id, action: "user.password_changed" });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log, missing-rate-limit
export const changeEmail = validatedActionWithUser(z.object({ email: z.string().email() }), async (data, _fd, user) => {
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: { email: data.email, emailVerified: null } });
  await sendMail(data.email, "Confirm your new email", "<p>Click to confirm</p>");
  return { ok: true };
});

const ProfileSchema = z.object({
  name: z.string().max(80),
  image: z.string().url().optional(),
  role: z.enum(["LISTENER", "CREATOR", "ADVERTISER", "STAFF"]).optional(),
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const updateProfile = validatedActionWithUser(ProfileSchema, async (data, _fd, user) => {
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const updateDisplayName = validatedActionWithUser(z.object({ name: z.string().max(80) }), async (data, _fd, user) => {
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: user.id }, data });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccount() {
  const { userId } = await verifySession();
  const { success } = await rateLimit(`delete:${userId}`, 3);
  if (!success) return { error: "Try again later" };
  await prisma.$transaction([
    prisma.feedToken.deleteMany({ where: { listenerId: userId } }),
    prisma.subscription.deleteMany({ where: { listenerId: userId } }),
    // ok: missing-authorization
    prisma.user.delete({ where: { id: userId } }),
  ]);
  await logActivity({ actorId: userId, action: "user.deleted" });
  await signOut({ redirectTo: "/" });
}

// ok: missing-auth, missing-input-validation
export async function exportMyData() {
  const { userId } = await verifySession();
  const me = await prisma.user.findUnique({ where: { id: userId }, include: { subscriptions: true } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation
export async function myProfile() {
  const { userId } = await verifySession();
  const me = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, image: true, role: true } });
  // ok: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function disableTwoFactor(code: string) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return { error: "Enter the 6-digit code" };
  const { success } = await rateLimit(`2fa:${session.user.id}`, 5);
  if (!success) return { error: "Too many attempts" };
  const u = await prisma.user.findUnique({ where: { id: session.user.id }, select: { twoFactorSecret: true } });
  const { verifyTotp } = await import("@/lib/totp");
  if (!u?.twoFactorSecret || !verifyTotp(u.twoFactorSecret, code)) return { error: "Invalid code" };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorSecret: null } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function confirmTwoFactorSetup(code: string, secret: string) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const { currentTotp } = await import("@/lib/totp");
  const expectedOtp = currentTotp(secret);
  // ruleid: timing-unsafe-comparison
  if (expectedOtp !== code) return { error: "Code does not match" };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data: { twoFactorSecret: secret } });
  await logActivity({ actorId: session.user.id, action: "user.2fa_enabled" });
  return { ok: true };
}
