"use server";

import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db, users } from "@/lib/db";
import { auth } from "@/lib/auth";
import { verifySession } from "@/lib/dal";
import { validatedActionWithUser } from "@/lib/wrappers";
import { profileSchema } from "@/lib/validation/schemas";
import { checkRateLimit, mailLimiter } from "@/lib/rate-limit";
import { auditLog, logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const updateProfile = validatedActionWithUser(profileSchema, async (data, _formData, user) => {
  // ok: mass-assignment, missing-authorization
  await db.update(users).set(data).where(eq(users.id, user.userId));
  return { success: "Profile saved" };
});

// ruleid: missing-input-validation
// ok: missing-auth
export async function updatePreferences(formData: FormData) {
  const session = await verifySession();
  const prefs = Object.fromEntries(formData);
  // ruleid: mass-assignment
  // ok: missing-authorization
  await db.update(users).set(prefs).where(eq(users.id, session.userId));
}

const ChangeEmailSchema = z.object({ newEmail: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeEmail(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const { newEmail } = ChangeEmailSchema.parse({ newEmail: formData.get("newEmail") });
  await checkRateLimit(`change-email:${session.userId}`, mailLimiter);
  await auth.api.changeEmail({ body: { newEmail, callbackURL: "/profile" }, headers: await headers() });
  await auditLog({ actorId: session.userId, action: "user.email_change_requested", meta: { newEmail } });
  return { success: "Confirm the change from your new inbox" };
}

const ChangePasswordSchema = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(10).max(200) });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function changePassword(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const parsed = ChangePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Password must be at least 10 characters" };
  await checkRateLimit(`change-password:${session.userId}`);
  try {
    await auth.api.changePassword({ body: { ...parsed.data, revokeOtherSessions: true }, headers: await headers() });
  } catch {
    // ok: information-disclosure
    return { error: "Current password is incorrect" };
  }
  return { success: "Password changed" };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteAccount(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  if (formData.get("confirm") !== "DELETE") {
    return { error: "Type DELETE to confirm" };
  }
  await logSecurityEvent("account.deleted", session.userId);
  // ok: missing-authorization
  await db.delete(users).where(eq(users.id, session.userId));
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}

// ok: missing-auth, missing-input-validation
export async function getMyAccount() {
  const session = await verifySession();
  const me = await db.select().from(users).where(eq(users.id, session.userId));
  // ruleid: excessive-data-exposure
  return me[0];
}
