"use server";

import { z } from "zod";
import { adminActionClient, practiceActionClient } from "@/lib/safe-action";
import { requirePractice, isPracticeAdmin } from "@/lib/auth/clerk";
import { db } from "@/lib/db/kysely";
import { writeAudit } from "@/lib/audit";

const settingsSchema = z.object({
  reminder_sms: z.boolean(),
  booking_window_days: z.number().int().min(1).max(365),
  cancellation_fee_cents: z.number().int().min(0).max(20000),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateSettings = adminActionClient
  .metadata({ actionName: "updateSettings" })
  .schema(settingsSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment, missing-authorization
    await db.updateTable("practice_settings").set(parsedInput).where("practice_id", "=", ctx.practiceId).execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getSettings = practiceActionClient.metadata({ actionName: "getSettings" }).action(async ({ ctx }) => {
  const row = await db.selectFrom("practice_settings").selectAll().where("practice_id", "=", ctx.practiceId).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return row;
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function setWebhookSecret(secret: string) {
  const ctx = await requirePractice();
  if (!(await isPracticeAdmin())) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.updateTable("practice_settings").set({ webhook_secret: secret }).where("practice_id", "=", ctx.practiceId).execute();
  await writeAudit({ actorId: ctx.userId, practiceId: ctx.practiceId, action: "settings.webhook_secret" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function setReminderSms(enabled: boolean) {
  const ctx = await requirePractice();
  if (typeof enabled !== "boolean") throw new Error("Invalid");
  // ruleid: floating-auth-check
  if (!isPracticeAdmin()) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.updateTable("practice_settings").set({ reminder_sms: enabled }).where("practice_id", "=", ctx.practiceId).execute();
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateSettingsLoose(input: Record<string, unknown>) {
  const ctx = await requirePractice();
  if (!(await isPracticeAdmin())) throw new Error("Forbidden");
  // ruleid: mass-assignment
  await db.updateTable("practice_settings").set(input).where("practice_id", "=", ctx.practiceId).execute();
  return { ok: true };
}
