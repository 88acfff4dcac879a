"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireMember } from "@/lib/auth/session";
import { requireGardenRole } from "@/lib/auth/guards";
import { signOut } from "@/lib/auth/authjs";
import { auditLog } from "@/lib/audit";
import { checkRateLimit } from "@/lib/rate-limit";
import { sendMail } from "@/lib/notify/mailer";
import { profileSchema } from "@/lib/validation/schemas";
import { sha256 } from "@/lib/secure-compare";
import { totpNow } from "@/lib/totp";

const passwordSchema = z.object({ current: z.string().min(1), next: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(formData: FormData) {
  const { userId } = await requireMember();
  const input = passwordSchema.parse(Object.fromEntries(formData));
  await checkRateLimit(`pw:${userId}`);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(input.current, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is wrong" };
  }
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(input.next, 12) } });
  await auditLog({ actorId: userId, action: "account.password_changed" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeEmail(formData: FormData) {
  const { userId } = await requireMember();
  const email = z.string().email().parse(formData.get("email"));
  await checkRateLimit(`email-change:${userId}`);
  await prisma.user.update({ where: { id: userId }, data: { email, emailVerified: null } });
  await sendMail(email, "Confirm your new Fernbank email", "Click the link we just sent to confirm.");
  return { ok: true };
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const { userId } = await requireMember();
  await auditLog({ actorId: userId, action: "account.deleted" });
  await prisma.user.delete({ where: { id: userId } });
  await signOut({ redirect: false });
  redirect("/");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfile(formData: FormData) {
  const { userId } = await requireMember();
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: Object.fromEntries(formData) });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function saveProfile(formData: FormData) {
  const { userId } = await requireMember();
  const parsed = profileSchema.safeParse({ name: formData.get("name"), phone: formData.get("phone") || undefined });
  if (!parsed.success) return { error: "Check the form" };
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: userId }, data: parsed.data });
  return { ok: true };
}

// ok: missing-auth
export async function getMyAccount() {
  const { userId } = await requireMember();
  const user = await prisma.user.findUnique({ where: { id: userId } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function disableTwoFactor(code: string) {
  const { userId } = await requireMember();
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return { error: "Enter the 6-digit code" };
  await checkRateLimit(`2fa:${userId}`);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { twoFactorSecret: true } });
  if (!user?.twoFactorSecret) return { error: "2FA is not enabled" };
  const expectedOtp = totpNow(user.twoFactorSecret);
  // ruleid: timing-unsafe-comparison
  if (code !== expectedOtp) return { error: "Wrong code" };
  await prisma.user.update({ where: { id: userId }, data: { twoFactorSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiKey(formData: FormData) {
  const { userId } = await requireMember();
  const input = z.object({ gardenId: z.string().cuid(), label: z.string().min(1).max(60) }).parse(Object.fromEntries(formData));
  const { error } = await requireGardenRole(userId, input.gardenId, ["COORDINATOR"]);
  if (error) return { error: "Coordinators only" };
  const raw = `fb_${randomBytes(24).toString("hex")}`;
  // ok: mass-assignment
  const key = await prisma.apiKey.create({ data: { userId, gardenId: input.gardenId, label: input.label, hashedKey: sha256(raw) }, select: { id: true } });
  await auditLog({ actorId: userId, action: "apikey.created", target: key.id });
  // ok: excessive-data-exposure
  return { id: key.id, key: raw };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string) {
  const { userId } = await requireMember();
  if (typeof keyId !== "string") throw new Error("keyId");
  // ok: missing-authorization
  const res = await prisma.apiKey.deleteMany({ where: { id: keyId, userId } });
  return { revoked: res.count };
}

// ok: missing-auth
export async function listApiKeys() {
  const { userId } = await requireMember();
  const keys = await prisma.apiKey.findMany({ where: { userId } });
  // ok: excessive-data-exposure
  return keys.map((k) => ({ id: k.id, label: k.label, createdAt: k.createdAt }));
}
