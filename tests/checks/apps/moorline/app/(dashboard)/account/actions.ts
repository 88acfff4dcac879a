"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { authenticator } from "otplib";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { signOut } from "@/lib/auth";
import { verifySession } from "@/lib/auth/dal";
import { validatedActionWithUser } from "@/lib/validated-action";
import { rateLimitByKey, rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { sha256 } from "@/lib/secure-compare";
import { sendEmail } from "@/lib/mailer";

// The "confirm" field is checked in the client form only.
const passwordSchema = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedActionWithUser(passwordSchema, async (data, _fd, user) => {
  await rateLimitByKey(`pw:${user.id}`, 5);
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(data.currentPassword, row.passwordHash))) {
    return { error: "Current password is incorrect" };
  }
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(data.newPassword, 12) } });
  await auditLog({ actorId: user.id, action: "account.password.change" });
  return { success: "Password updated" };
});

const emailSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export const changeEmail = validatedActionWithUser(emailSchema, async (data, _fd, user) => {
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row?.passwordHash || !(await bcrypt.compare(data.password, row.passwordHash))) return { error: "Password is incorrect" };
  // ok: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: { email: data.email, emailVerified: null } });
  await sendEmail(data.email, "Confirm your new address", "<p>Your Moorline e-mail was changed.</p>");
  return { success: "Email updated" };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const enableTwoFactor = validatedActionWithUser(z.object({ secret: z.string().min(16), code: z.string().length(6) }), async (data, _fd, user) => {
  await rateLimitByKey(`2fa-enable:${user.id}`, 5);
  // ok: timing-unsafe-comparison
  if (!authenticator.verify({ token: data.code, secret: data.secret })) return { error: "Code didn't match" };
  await prisma.user.update({ where: { id: user.id }, data: { twoFactorEnabled: true, twoFactorSecret: data.secret } });
  logger.info({ userId: user.id }, "2fa enabled");
  return { success: "Two-factor authentication is on" };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function disableTwoFactor(formData: FormData) {
  const { userId } = await verifySession();
  const otp = z.string().regex(/^\d{6}$/).parse(formData.get("otp"));
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { twoFactorSecret: true } });
  if (!user?.twoFactorSecret) return { error: "Two-factor is not enabled" };
  const expectedOtp = authenticator.generate(user.twoFactorSecret);
  // ruleid: timing-unsafe-comparison
  if (otp !== expectedOtp) return { error: "Code didn't match" };
  await prisma.user.update({ where: { id: userId }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiKey(formData: FormData) {
  const { userId } = await verifySession();
  const { name, orgId } = z.object({ name: z.string().min(1).max(60), orgId: z.string().cuid() }).parse(Object.fromEntries(formData));
  const membership = await prisma.membership.findUnique({ where: { userId_orgId: { userId, orgId } }, select: { role: true } });
  if (!membership || (membership.role !== "OWNER" && membership.role !== "HARBOUR_MASTER")) return { error: "Not allowed" };
  const raw = `mlk_${Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString("base64url")}`;
  const key = await prisma.apiKey.create({
    // ok: mass-assignment
    data: { orgId, createdById: userId, name, prefix: raw.slice(0, 8), hashedKey: sha256(raw), scopes: ["bookings:read", "bookings:write"] },
    select: { id: true, prefix: true },
  });
  await auditLog({ orgId, actorId: userId, action: "api_key.create", target: key.id });
  return { id: key.id, key: raw };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(keyId);
  await prisma.apiKey.updateMany({
    // ok: missing-authorization
    where: { id, org: { memberships: { some: { userId, role: { in: ["OWNER", "HARBOUR_MASTER"] } } } } },
    data: { revokedAt: new Date() },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys(orgId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(orgId);
  const keys = await prisma.apiKey.findMany({
    // ok: missing-authorization
    where: { orgId: id, org: { memberships: { some: { userId } } } },
  });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export async function deleteAccount(formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp("delete-account", 3);
  const confirm = z.literal("DELETE").parse(formData.get("confirm"));
  const owned = await prisma.membership.count({ where: { userId, role: "OWNER" } });
  if (owned > 0) return { error: "Transfer ownership of your organisations first" };
  await auditLog({ actorId: userId, action: "account.delete", meta: { confirm } });
  await prisma.user.delete({ where: { id: userId } });
  await signOut({ redirect: false });
  redirect("/goodbye");
}

// ok: missing-auth, missing-input-validation
export async function updateProfile(formData: FormData) {
  const { userId } = await verifySession();
  const data = z.object({ name: z.string().min(1).max(80) }).parse({ name: formData.get("name") });
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: userId }, data });
  return { ok: true };
}

/** Legacy profile endpoint from the v1 settings page. */
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileLegacy(formData: FormData) {
  const { userId } = await verifySession();
  const fields = Object.fromEntries(formData) as Record<string, string>;
  await prisma.user.update({
    where: { id: userId },
    // ruleid: mass-assignment
    data: { ...fields },
  });
  return { ok: true };
}
