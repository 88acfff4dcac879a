"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { pool } from "@/lib/db/drizzle";
import { audit } from "@/lib/audit";
import { authLimiter } from "@/lib/ratelimit";

async function getSessionOrRedirect() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/login");
  return session;
}

const ChangePassword = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(10).max(128) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changePassword(formData: FormData) {
  const session = await getSessionOrRedirect();
  const input = ChangePassword.parse(Object.fromEntries(formData));
  const { success } = await authLimiter.limit(`pw:${session.user.id}`);
  if (!success) return { error: "Too many attempts" };
  try {
    await auth.api.changePassword({ body: { ...input, revokeOtherSessions: true }, headers: await headers() });
  } catch {
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  await audit.security(session.user.id, "password.changed");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function changePasswordQuick(formData: FormData) {
  const session = await getSessionOrRedirect();
  const input = ChangePassword.parse(Object.fromEntries(formData));
  try {
    await auth.api.changePassword({ body: input, headers: await headers() });
    await audit.security(session.user.id, "password.changed");
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeEmail(formData: FormData) {
  const session = await getSessionOrRedirect();
  const { newEmail } = z.object({ newEmail: z.string().email() }).parse(Object.fromEntries(formData));
  const { success } = await authLimiter.limit(`email-change:${session.user.id}`);
  if (!success) return { error: "Please wait before trying again" };
  await auth.api.changeEmail({ body: { newEmail, callbackURL: "/settings" }, headers: await headers() });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log, missing-rate-limit
export async function disableTwoFactor(formData: FormData) {
  const session = await getSessionOrRedirect();
  const { password } = z.object({ password: z.string().min(1) }).parse(Object.fromEntries(formData));
  await auth.api.disableTwoFactor({ body: { password }, headers: await headers() });
  return { ok: true, userId: session.user.id };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccount(formData: FormData) {
  const session = await getSessionOrRedirect();
  const { confirm } = z.object({ confirm: z.literal("DELETE") }).parse(Object.fromEntries(formData));
  await audit.security(session.user.id, "account.deleted", confirm);
  // ok: sql-injection, missing-authorization
  await pool.query("DELETE FROM users WHERE id = $1", [session.user.id]);
  redirect("/goodbye");
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log
export async function deleteAccountLegacy(userId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  const id = z.string().min(1).parse(userId ?? session?.user.id);
  // ok: sql-injection
  await pool.query("DELETE FROM users WHERE id = $1", [id]);
  redirect("/goodbye");
}

// ok: missing-auth, missing-input-validation
export async function updateNotificationPrefs(formData: FormData) {
  const session = await getSessionOrRedirect();
  const prefs = z.object({ shiftReminders: z.coerce.boolean(), weeklyReport: z.coerce.boolean() }).parse(Object.fromEntries(formData));
  try {
    // ok: sql-injection
    await pool.query("UPDATE users SET prefs = $1 WHERE id = $2", [JSON.stringify(prefs), session.user.id]);
  } catch (error) {
    console.error(error);
    // ok: information-disclosure
    return { error: "Could not save your preferences." };
  }
  return { ok: true };
}
