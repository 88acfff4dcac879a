"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import * as yup from "yup";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { apiKeys, users } from "@/db/schema";
import { verifySession } from "@/lib/dal";
import { withTeam } from "@/lib/team";
import { ActivityType, logActivity, recordAuditEvent } from "@/lib/audit";
import { sendMail } from "@/lib/mail";
import { sha256 } from "@/lib/crypto";

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfile(formData: FormData) {
  const { userId } = await verifySession();
  const data = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await db.update(users).set(data).where(eq(users.id, userId));
  revalidatePath("/settings");
}

// ok: missing-auth
// ok: missing-input-validation
// ok: missing-audit-log -- a display name is not security relevant
export async function updateDisplayName(formData: FormData) {
  const { userId } = await verifySession();
  const name = v.parse(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)), formData.get("name"));
  // ok: mass-assignment
  await db.update(users).set({ name }).where(eq(users.id, userId));
  revalidatePath("/settings");
}

const profileSchema = yup.object({
  name: yup.string().max(80).required(),
  image: yup.string().url().nullable(),
  role: yup.string().oneOf(["member", "admin"]),
});

// ok: missing-auth
// ok: missing-input-validation
export async function saveProfile(formData: FormData) {
  const { userId } = await verifySession();
  const input = await profileSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  // ruleid: mass-assignment -- the schema itself admits `role`
  await db.update(users).set(input).where(eq(users.id, userId));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-audit-log
// ruleid: missing-rate-limit
export async function changeEmail(formData: FormData) {
  const { userId } = await verifySession();
  const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
  await db.update(users).set({ email, emailVerified: false }).where(eq(users.id, userId));
  await sendMail({ to: email, subject: "Confirm your new email address", html: "<p>Click the link we sent.</p>" });
  return { ok: true };
}

// ok: missing-auth
// ok: missing-audit-log -- written to the activity log
export async function deleteAccount() {
  const { userId } = await verifySession();
  await logActivity(userId, ActivityType.DELETE_ACCOUNT);
  await db.delete(users).where(eq(users.id, userId));
  redirect("/goodbye");
}

const ChangePasswordSchema = v.object({ current: v.string(), next: v.pipe(v.string(), v.minLength(8)) });

// ok: missing-auth
// ruleid: missing-rate-limit
// ok: missing-audit-log
export async function changePassword(formData: FormData) {
  await verifySession();
  const input = v.parse(ChangePasswordSchema, Object.fromEntries(formData));
  await auth.api.changePassword({
    body: { currentPassword: input.current, newPassword: input.next, revokeOtherSessions: true },
    headers: await headers(),
  });
  await recordAuditEvent({ action: "password.changed" });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-audit-log
// ruleid: missing-rate-limit -- password re-check (label added after the run)
export async function disableTwoFactor(formData: FormData) {
  await verifySession();
  const password = v.parse(v.string(), formData.get("password"));
  try {
    await auth.api.disableTwoFactor({ body: { password }, headers: await headers() });
  } catch (error) {
    // ruleid: information-disclosure
    return { success: false, message: error instanceof Error ? error.message : "Could not disable 2FA" };
  }
  return { success: true };
}

// ok: missing-auth
// ruleid: missing-audit-log
export const createApiKey = withTeam(async (formData, team, userId) => {
  const name = v.parse(v.pipe(v.string(), v.minLength(1), v.maxLength(40)), formData.get("name"));
  const raw = `tk_${randomBytes(24).toString("hex")}`;
  await db.insert(apiKeys).values({ teamId: team.id, name, keyHash: sha256(raw), createdBy: userId });
  return { key: raw };
});

// ok: missing-auth
// ok: missing-audit-log
// ruleid: missing-input-validation
export const revokeApiKey = withTeam(async (formData, team) => {
  const keyId = String(formData.get("keyId"));
  // ok: missing-authorization -- constrained by the team
  await db.delete(apiKeys).where(and(eq(apiKeys.id, keyId), eq(apiKeys.teamId, team.id)));
  await recordAuditEvent({ action: "api_key.revoked", target: keyId });
});

// ok: missing-auth
export async function getCurrentAccount() {
  const { userId } = await verifySession();
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  // ruleid: excessive-data-exposure -- includes passwordHash and twoFactorSecret
  return user;
}

// ok: missing-auth
export async function getAccountCard() {
  const { userId } = await verifySession();
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user) return null;
  // ok: excessive-data-exposure -- mapped to chosen fields
  return { id: user.id, name: user.name, email: user.email, image: user.image };
}
