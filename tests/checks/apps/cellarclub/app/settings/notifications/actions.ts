"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { notificationPrefs } from "@/lib/db/schema";
import { authActionClient } from "@/lib/safe-action";
import { sendSms } from "@/lib/sms";
import { checkRateLimit } from "@/lib/ratelimit";

const PrefsSchema = z.object({ email: z.boolean(), sms: z.boolean(), phone: z.string().regex(/^\+[1-9]\d{7,14}$/).nullable() });

// ok: missing-auth, missing-input-validation
export const savePrefs = authActionClient.inputSchema(PrefsSchema).action(async ({ parsedInput, ctx }) => {
  // ok: mass-assignment
  await db.insert(notificationPrefs).values({ userId: ctx.userId, ...parsedInput }).onConflictDoUpdate({ target: notificationPrefs.userId, set: parsedInput });
  return { success: true };
});

// ok: missing-auth, missing-rate-limit
export const sendTestSms = authActionClient.action(async ({ ctx }) => {
  if (!(await checkRateLimit(`test-sms:${ctx.userId}`))) return { error: "Try again later" };
  const [p] = await db.select({ phone: notificationPrefs.phone }).from(notificationPrefs).where(eq(notificationPrefs.userId, ctx.userId));
  if (p?.phone) await sendSms(p.phone, "Cellarclub test message");
  return { success: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const verifyPhone = authActionClient.inputSchema(z.object({ phone: z.string().regex(/^\+[1-9]\d{7,14}$/) })).action(async ({ parsedInput, ctx }) => {
  const code = Math.floor(100000 + Math.random() * 900000);
  await db.update(notificationPrefs).set({ phone: parsedInput.phone }).where(eq(notificationPrefs.userId, ctx.userId));
  await sendSms(parsedInput.phone, `Your Cellarclub verification code is ${code}`);
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const myPrefs = authActionClient.action(async ({ ctx }) => {
  const rows = await db.select().from(notificationPrefs).where(eq(notificationPrefs.userId, ctx.userId));
  // ruleid: excessive-data-exposure
  return rows[0] ?? null;
});
