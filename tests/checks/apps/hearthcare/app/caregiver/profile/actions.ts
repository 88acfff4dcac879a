"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { validateRequest, lucia } from "@/lib/lucia";
import { kdb } from "@/lib/db/kysely";
import { rateLimitByIp } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";
import { cookies } from "next/headers";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeCaregiverPin(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Signed out" };
  await rateLimitByIp(`pin:${user.id}`, 5);
  const { currentPin, newPin } = z.object({ currentPin: z.string().regex(/^\d{4,6}$/), newPin: z.string().regex(/^\d{4,6}$/) }).parse(Object.fromEntries(formData));
  const row = await kdb.selectFrom("caregiver_users").select(["pin_hash"]).where("id", "=", user.id).executeTakeFirst();
  // ok: timing-unsafe-comparison
  if (!row?.pin_hash || !(await bcrypt.compare(currentPin, row.pin_hash))) return { error: "Current PIN is wrong." };
  await kdb.updateTable("caregiver_users").set({ pin_hash: await bcrypt.hash(newPin, 10) }).where("id", "=", user.id).execute();
  logger.info({ userId: user.id }, "caregiver pin changed");
  return { success: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function changeCaregiverPassword(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Signed out" };
  const { current, next } = z.object({ current: z.string(), next: z.string().min(10) }).parse(Object.fromEntries(formData));
  const row = await kdb.selectFrom("caregiver_users").select(["password_hash"]).where("id", "=", user.id).executeTakeFirst();
  if (!row || !(await bcrypt.compare(current, row.password_hash))) return { error: "Wrong password." };
  await kdb.updateTable("caregiver_users").set({ password_hash: await bcrypt.hash(next, 12) }).where("id", "=", user.id).execute();
  await lucia.invalidateUserSessions(user.id);
  logger.warn({ userId: user.id }, "caregiver password changed; sessions revoked");
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function signOutCaregiver() {
  const { session } = await validateRequest();
  if (!session) return;
  await lucia.invalidateSession(session.id);
  const blank = lucia.createBlankSessionCookie();
  (await cookies()).set(blank.name, blank.value, blank.attributes);
}
