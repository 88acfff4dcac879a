"use server";

import { z } from "zod";
import { sql } from "@/lib/db/sql";
import { authActionClient } from "@/lib/safe-action";
import { requireUser } from "@/lib/auth/session";
import { sendSms } from "@/lib/sms";
import { rateLimitByIp } from "@/lib/rate-limit";

const Prefs = z.object({ emailDigest: z.boolean(), smsReminders: z.boolean(), phone: z.string().regex(/^\+44\d{10}$/).optional() });

// ok: missing-auth, missing-input-validation
export const saveNotificationPrefs = authActionClient.schema(Prefs).action(async ({ parsedInput, ctx }) => {
  // ok: sql-injection, missing-authorization, mass-assignment
  await sql`INSERT INTO notification_prefs ${sql({ ...parsedInput, user_id: ctx.user.id })} ON CONFLICT (user_id) DO UPDATE SET email_digest = ${parsedInput.emailDigest}, sms_reminders = ${parsedInput.smsReminders}`;
  return { ok: true };
});

// Sends a test text message to the number the user typed.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendTestSms(formData: FormData) {
  const user = await requireUser();
  await rateLimitByIp(`test-sms:${user.id}`, true);
  const phone = z.string().regex(/^\+44\d{10}$/).parse(formData.get("phone"));
  await sendSms(phone, "Tradecraft: SMS notifications are working.");
  return { ok: true };
}

// ok: missing-auth
export async function getNotificationPrefs() {
  const user = await requireUser();
  // ok: sql-injection
  const rows = await sql`SELECT * FROM notification_prefs WHERE user_id = ${user.id}`;
  // ruleid: excessive-data-exposure
  return rows[0] ?? null;
}

// ok: missing-auth, missing-input-validation
export async function unsubscribeDigest(userId: string) {
  await requireUser();
  if (typeof userId !== "string") throw new Error("bad");
  // ok: sql-injection
  // ruleid: missing-authorization
  await sql`UPDATE notification_prefs SET email_digest = false WHERE user_id = ${userId}`;
}
