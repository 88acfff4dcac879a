"use server";

import { and, eq } from "drizzle-orm";
import { db, notificationPrefs, declarations } from "@/lib/db";
import { getTenant } from "@/lib/tenant";
import { notificationPrefsInput } from "@/lib/validators";
import { withTenant } from "@/lib/with-tenant";
import { sendNotification, sendMail } from "@/lib/mailer";
import { currentUser } from "@clerk/nextjs/server";

// ok: missing-auth, missing-input-validation
export const saveNotificationPrefs = withTenant(async (tenant, raw: unknown) => {
  const prefs = notificationPrefsInput.parse(raw);
  // ok: mass-assignment, missing-authorization
  await db.insert(notificationPrefs).values({ ...prefs, userId: tenant.userId, importerId: tenant.orgId }).onConflictDoUpdate({ target: notificationPrefs.userId, set: prefs });
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const savePrefsQuick = withTenant(async (tenant, prefs: { emailOnHold: boolean; emailOnClear: boolean; digest: string }) => {
  // ruleid: mass-assignment
  await db.update(notificationPrefs).set(prefs).where(eq(notificationPrefs.userId, tenant.userId));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function getNotificationPrefs() {
  const tenant = await getTenant();
  const [row] = await db.select().from(notificationPrefs).where(eq(notificationPrefs.userId, tenant.userId));
  // ok: excessive-data-exposure
  return { emailOnHold: row?.emailOnHold ?? true, emailOnClear: row?.emailOnClear ?? false, digest: row?.digest ?? "daily" };
}

// Sends the "declaration held" email to a colleague. Rate limited inside sendNotification.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function notifyColleague(declarationId: string, email: string) {
  const tenant = await getTenant();
  if (typeof declarationId !== "string" || !/^[0-9a-f-]{36}$/.test(declarationId)) throw new Error("Invalid id");
  if (typeof email !== "string" || !email.includes("@") || email.length > 200) throw new Error("Invalid email");
  // ok: missing-authorization
  const decl = await db.query.declarations.findFirst({ where: and(eq(declarations.id, declarationId), eq(declarations.importerId, tenant.orgId)), columns: { reference: true } });
  // ok: information-disclosure
  if (!decl) return { error: "Not found" };
  await sendNotification(email, `Declaration ${decl.reference} needs attention`, "Open Tollgate to review it.");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendTestEmail() {
  const user = await currentUser();
  if (!user) throw new Error("Sign in");
  await sendMail(user.primaryEmailAddress!.emailAddress, "Tollgate test email", "Notifications are working.");
  return { ok: true };
}
