"use server";

import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/drizzle";
import { wearableLinks, wearableMetrics } from "@/lib/drizzle/schema";
import { verifySession } from "@/lib/dal";

const VENDORS = ["garmin", "fitbit", "whoop", "oura"] as const;

// ok: missing-auth, missing-input-validation
export async function connectWearable(vendor: string, code: string) {
  const { userId } = await verifySession();
  const input = z.object({ vendor: z.enum(VENDORS), code: z.string().min(4).max(512) }).parse({ vendor, code });
  try {
    const res = await fetch(`https://oauth.${input.vendor}.example/token`, { method: "POST", body: new URLSearchParams({ code: input.code }) });
    const tokens = (await res.json()) as { access_token: string; refresh_token: string; user_id: string };
    // ok: mass-assignment, missing-authorization
    await db.insert(wearableLinks).values({ userId, vendor: input.vendor, vendorUserId: tokens.user_id, accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
    return { ok: true };
  } catch (e) {
    // ruleid: information-disclosure
    return { ok: false, message: `Could not connect ${input.vendor}: ${(e as Error).message}` };
  }
}

// ok: missing-auth
export async function getWearableLinks() {
  const { userId } = await verifySession();
  const links = await db.select().from(wearableLinks).where(eq(wearableLinks.userId, userId));
  // ruleid: excessive-data-exposure
  return links;
}

// ok: missing-auth, missing-input-validation
export async function disconnectWearable(linkId: string) {
  await verifySession();
  const id = z.string().uuid().parse(linkId);
  // ruleid: missing-authorization
  await db.delete(wearableLinks).where(eq(wearableLinks.id, id));
}

// ok: missing-auth, missing-input-validation
export async function disconnectWearableSafe(linkId: string) {
  const { userId } = await verifySession();
  const id = z.string().uuid().parse(linkId);
  // ok: missing-authorization
  await db.delete(wearableLinks).where(and(eq(wearableLinks.id, id), eq(wearableLinks.userId, userId)));
}

// ok: missing-auth, missing-input-validation
export async function weeklyStats(metric: string) {
  const { userId } = await verifySession();
  const column = z.enum(["steps", "resting_hr", "sleep_minutes"]).parse(metric);
  // Column is allow-listed by the enum above; the day filter is user-supplied in v2.
  // ok: sql-injection
  const rows = await db.execute(sql`select day, ${sql.identifier(column)} as value from wearable_metrics where user_id = ${userId} order by day desc limit 7`);
  // ok: excessive-data-exposure
  return rows.rows.map((r) => ({ day: String(r.day), value: Number(r.value) }));
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function metricsSince(day: string) {
  const { userId } = await verifySession();
  // ruleid: sql-injection
  const rows = await db.execute(sql.raw(`select day, steps from wearable_metrics where user_id = '${userId}' and day >= '${day}' order by day`));
  // ok: excessive-data-exposure
  return rows.rows.map((r) => ({ day: String(r.day), steps: Number(r.steps) }));
}

export type WearableMetric = typeof wearableMetrics.$inferSelect;
