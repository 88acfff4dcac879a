"use server";

import { z } from "zod";
import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { Redis } from "@upstash/redis";
import { db } from "@/lib/db/drizzle";
import { notificationPrefs } from "@/lib/db/schema";
import { sendSms } from "@/lib/sms";
import { ratelimit } from "@/lib/ratelimit";

const redis = Redis.fromEnv();

// Verify a phone number before enabling SMS visit alerts.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendPhoneCode(phone: string) {
  const { userId } = await auth();
  if (!userId) return { error: "Sign in" };
  const e164 = z.string().regex(/^\+\d{8,15}$/).parse(phone);
  const code = String(randomInt(100000, 999999));
  await redis.set(`phone-otp:${userId}`, JSON.stringify({ code, phone: e164 }), { ex: 600 });
  await sendSms(e164, `Your Hearthcare code is ${code}`);
  return { success: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function confirmPhoneCode(otp: string) {
  const { userId } = await auth();
  if (!userId) return { error: "Sign in" };
  const { success } = await ratelimit.limit(`phone-otp:${userId}`);
  if (!success) return { error: "Too many attempts" };
  const given = z.string().regex(/^\d{6}$/).parse(otp);
  const stored = await redis.get<{ code: string; phone: string }>(`phone-otp:${userId}`);
  // ok: timing-unsafe-comparison
  if (!stored) return { error: "Code expired" };
  // ruleid: timing-unsafe-comparison
  if (stored.code !== given) return { error: "Wrong code" };
  // ok: missing-authorization
  await db.update(notificationPrefs).set({ smsAlerts: true }).where(eq(notificationPrefs.clerkUserId, userId));
  return { success: true };
}
