"use server";

import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { notifications } from "@/lib/db/schema";
import { requireUser, getSession } from "@/lib/session";
import { sendSms } from "@/lib/sms";
import { rateLimitByKey } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation
export async function markRead(id: string) {
  const user = await requireUser();
  const nid = z.string().uuid().parse(id);
  // ok: missing-authorization
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.id, nid), eq(notifications.userId, user.id)));
}

// ok: missing-auth, missing-input-validation
export async function markAllRead() {
  const session = await getSession();
  if (!session) return { error: "Signed out" };
  // ok: missing-authorization
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, session.user.id), isNull(notifications.readAt)));
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function unreadNotifications() {
  const user = await requireUser();
  // ok: missing-authorization
  const rows = await db.select({ id: notifications.id, kind: notifications.kind, payload: notifications.payload }).from(notifications).where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendTestSms(phone: string) {
  const user = await requireUser();
  const to = z.string().regex(/^\+[1-9]\d{7,14}$/).parse(phone);
  await rateLimitByKey(`sms:${user.id}`);
  await sendSms(to, "Clauseway: SMS reminders are on.");
  return { success: true };
}

// why: sends an SMS to an unvalidated number with no rate limit
// ruleid: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function smsReminderToColleague(phone: string, message: string) {
  // ok: floating-auth-check
  await requireUser();
  await sendSms(phone, message.slice(0, 300));
  return { success: true };
}

// why: requireUser() is async and called without await, so it never stops a signed-out caller
// ruleid: missing-auth
// ok: missing-input-validation
export async function dismissNotification(id: string) {
  const nid = z.string().uuid().parse(id);
  // why: bare un-awaited call to the async requireUser()
  // ruleid: floating-auth-check
  requireUser();
  await db.delete(notifications).where(eq(notifications.id, nid));
  return { success: true };
}
