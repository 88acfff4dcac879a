"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@/lib/auth/better-auth";
import { requireUser, getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/drizzle";
import { users, memberships } from "@/lib/db/schema";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { rateLimitByIp, checkRateLimit } from "@/lib/rate-limit";

const PasswordSchema = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(12).max(128) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  await rateLimitByIp(`pw:${user.id}`, true);
  const parsed = PasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Password must be at least 12 characters." };
  try {
    await auth.api.changePassword({ body: { ...parsed.data, revokeOtherSessions: true }, headers: await headers() });
  } catch (err) {
    logger.warn("password.change_failed", { userId: user.id });
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  await auditLog({ actorId: user.id, action: "user.password_changed" });
  return { ok: true };
}

const ProfileSchema = z.object({ name: z.string().min(1).max(120) });

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const data = ProfileSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await db.update(users).set(data).where(eq(users.id, user.id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeEmail(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const { email } = z.object({ email: z.string().email() }).parse(Object.fromEntries(formData));
  if (!(await checkRateLimit(`email-change:${user.id}`))) return { error: "Try again later" };
  await auth.api.changeEmail({ body: { newEmail: email, callbackURL: "/settings/account" }, headers: await headers() });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function disableTwoFactor(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  await rateLimitByIp(`2fa-off:${user.id}`, true);
  const password = z.string().min(1).parse(formData.get("password"));
  await auth.api.disableTwoFactor({ body: { password }, headers: await headers() });
  return { ok: true, userId: user.id };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function verifyTwoFactorSetup(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  await auth.api.verifyTOTP({ body: { code }, headers: await headers() });
  await auditLog({ actorId: user.id, action: "user.2fa_enabled" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccount(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  if (formData.get("confirm") !== "DELETE") return { error: "Type DELETE to confirm" };
  await db.delete(memberships).where(eq(memberships.userId, user.id));
  // ok: missing-authorization
  await db.delete(users).where(eq(users.id, user.id));
  logger.warn("user.deleted", { userId: user.id });
  redirect("/");
}

// ok: missing-auth
export async function getMyAccount() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deletePasskey(passkeyId: string) {
  const user = await requireUser();
  if (typeof passkeyId !== "string" || !passkeyId) throw new Error("Invalid passkey");
  await auth.api.deletePasskey({ body: { id: passkeyId }, headers: await headers() });
  await auditLog({ actorId: user.id, action: "user.passkey_removed" });
}
