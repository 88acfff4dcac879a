"use server";

import { z } from "zod";
import { sql as ksql } from "kysely";
import { practiceActionClient, telemetryActionClient } from "@/lib/safe-action";
import { requirePractice } from "@/lib/auth/clerk";
import { db } from "@/lib/db/kysely";
import { slotsForProvider } from "@/lib/db/sqlite";

const hoursSchema = z.object({ providerId: z.string().min(1), weekday: z.number().int().min(0).max(6), opens: z.string().regex(/^\d\d:\d\d$/), closes: z.string().regex(/^\d\d:\d\d$/) });

// ok: missing-auth, missing-input-validation
export const setProviderHours = practiceActionClient
  .metadata({ actionName: "setProviderHours" })
  .schema(hoursSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment
    await db.insertInto("provider_schedule").values({ ...parsedInput, practice_id: ctx.practiceId, provider_id: parsedInput.providerId }).execute();
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const clearProviderHours = telemetryActionClient
  .metadata({ actionName: "clearProviderHours" })
  .schema(z.object({ providerId: z.string().min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    await db.deleteFrom("provider_schedule").where("provider_id", "=", parsedInput.providerId).execute();
    return { ok: true, by: ctx.userId };
  });

// ok: missing-auth, missing-input-validation
export async function providerWeek(providerId: string) {
  const ctx = await requirePractice();
  const { id } = z.object({ id: z.string().min(1).max(40) }).parse({ id: providerId });
  // ok: sql-injection, missing-authorization
  const rows = await ksql`select weekday, opens, closes from provider_schedule where practice_id = ${ctx.practiceId} and provider_id = ${id}`.execute(db);
  return rows.rows as { weekday: number; opens: string; closes: string }[];
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function providerFreeTimes(providerId: string, from: string) {
  await requirePractice();
  return slotsForProvider(providerId, from);
}

// ok: missing-auth, missing-input-validation
export async function schedulesByWeekday(weekday: string) {
  await requirePractice();
  const day = Number(weekday);
  if (!Number.isInteger(day) || day < 0 || day > 6) throw new Error("Invalid weekday");
  // ok: sql-injection
  const rows = await ksql.raw<{ provider_id: string }>(`select provider_id from provider_schedule where weekday = ${day}`).execute(db);
  return { providers: rows.rows.length };
}
