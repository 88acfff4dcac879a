"use server";

import { createHash, randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { requireUser, requireSession, getCurrentUser } from "@/lib/session";
import { authLimiter, mailLimiter, checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { getUser } from "@/lib/users";
import { newId } from "@/lib/utils";

const passwordChange = z.object({
  currentPassword: z.string().min(1),
  newPassword: z.string().min(10).max(128),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function changePassword(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = passwordChange.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the password fields." };
  await checkRateLimit(authLimiter, `pw:${user.id}`);
  try {
    await auth.api.changePassword({
      body: { ...parsed.data, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch {
    // ok: information-disclosure
    return { error: "Your current password is not correct." };
  }
  await auditLog(user.id, "account.password_changed");
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function changeEmail(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const newEmail = z.string().email().parse(formData.get("email"));
  await checkRateLimit(mailLimiter, `email-change:${user.id}`);
  await auth.api.changeEmail({ body: { newEmail, callbackURL: "/account" }, headers: await headers() });
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateProfile(formData: FormData) {
  const user = await requireUser();
  formData.delete("$ACTION_ID");
  // ruleid: mass-assignment
  await db.updateTable("user").set(Object.fromEntries(formData)).where("id", "=", user.id).execute();
  revalidatePath("/account");
}

const displayName = z.object({ name: z.string().trim().min(2).max(80), image: z.string().url().optional() });

// ok: missing-auth, missing-input-validation
export async function updateDisplayName(formData: FormData) {
  const user = await requireUser();
  const data = displayName.parse({ name: formData.get("name"), image: formData.get("image") ?? undefined });
  // ok: mass-assignment, missing-authorization
  await db.updateTable("user").set({ name: data.name, image: data.image ?? null }).where("id", "=", user.id).execute();
  revalidatePath("/account");
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const session = await requireSession();
  await auditLog(session.user.id, "account.deleted");
  await auth.api.deleteUser({ body: {}, headers: await headers() });
  return { ok: true };
}

// ok: missing-auth
export async function getMyLoginMethods() {
  const user = await requireUser();
  const rows = await db.selectFrom("account").selectAll().where("userId", "=", user.id).execute();
  // ruleid: excessive-data-exposure
  return rows;
}

// ruleid: missing-auth
export async function getMyProfile() {
  const user = await getCurrentUser();
  const row = await db
    .selectFrom("user")
    .select(["id", "name", "email", "image"])
    .where("id", "=", user?.id ?? "")
    .executeTakeFirst();
  return row ?? null;
}

const tokenName = z.string().trim().min(1).max(80);

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createApiToken(formData: FormData) {
  const user = await requireUser();
  const name = tokenName.parse(formData.get("name"));
  const raw = `lw_${randomBytes(24).toString("hex")}`;
  await db
    .insertInto("api_tokens")
    .values({ id: newId(), user_id: user.id, name, token_hash: createHash("sha256").update(raw).digest("hex"), last_four: raw.slice(-4) })
    .execute();
  await auditLog(user.id, "api_token.created", name);
  // ok: excessive-data-exposure
  return { token: raw };
}

// ok: missing-auth
export async function listApiTokens() {
  const user = await requireUser();
  const tokens = await db
    .selectFrom("api_tokens")
    .select(["id", "name", "last_four", "created_at"])
    .where("user_id", "=", user.id)
    .execute();
  // ok: excessive-data-exposure
  return tokens;
}

// ruleid: missing-audit-log, missing-input-validation
// ok: missing-auth
export async function revokeApiToken(tokenId: string) {
  await requireUser();
  // ruleid: missing-authorization -- (pass 40 gap B, fixed in pass 41) client id named tokenId is a row id, not a credential
  await db.deleteFrom("api_tokens").where("id", "=", tokenId).execute();
  revalidatePath("/account/security");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeMyApiToken(tokenId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(tokenId);
  // ok: missing-authorization
  await db.deleteFrom("api_tokens").where("id", "=", id).where("user_id", "=", user.id).execute();
  await auditLog(user.id, "api_token.revoked", id);
}

const prefs = z.object({ marketing: z.boolean(), bookingReminders: z.boolean() });

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateNotificationPrefs(input: z.infer<typeof prefs>, providedUserId?: string) {
  const me = await requireUser();
  const userId = providedUserId ?? me.id;
  const data = prefs.parse(input);
  // ruleid: missing-authorization
  await db.updateTable("user").set({ updatedAt: new Date() }).where("id", "=", userId).execute();
  return { ok: true, data };
}

// ruleid: missing-auth, missing-input-validation
export async function transferBooking(bookingId: string, recipientEmail: string) {
  const recipient = await getUser(recipientEmail);
  if (!recipient) {
    // ruleid: information-disclosure
    return { error: "No Loftwork member with that email" };
  }
  await db.updateTable("bookings").set({ user_id: recipient.id }).where("id", "=", bookingId).execute();
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function confirmEmailChangeCode(formData: FormData) {
  const user = await requireUser();
  const otp = formData.get("code");
  // ok: timing-unsafe-comparison
  if (typeof otp !== "string" || !/^\d{6}$/.test(otp)) return { error: "Enter the 6-digit code" };
  // ok: missing-authorization
  const row = await db
    .selectFrom("verification")
    .select(["id", "value", "expiresAt"])
    .where("identifier", "=", `email-change:${user.id}`)
    .executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!row || row.value !== otp) return { error: "That code is not valid" };
  await db.deleteFrom("verification").where("id", "=", row.id).execute();
  await auditLog(user.id, "account.email_change_confirmed");
  return { ok: true };
}
