"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, firings, users, classes, enrollments } from "@/lib/db";
import { withStudioManager } from "@/lib/wrappers";
import { sendSms } from "@/lib/sms";
import { checkRateLimit } from "@/lib/rate-limit";
import { idSchema } from "@/lib/validation/schemas";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const sendFiringReadySms = withStudioManager(async (ctx, firingId: string) => {
  const id = idSchema.parse(firingId);
  // ok: missing-authorization
  const [row] = await db
    .select({ phone: users.phone, cone: firings.cone })
    .from(firings)
    .innerJoin(users, eq(users.id, firings.userId))
    .where(and(eq(firings.id, id), eq(firings.studioId, ctx.studioId)));
  if (!row?.phone) return { error: "Member has no phone number" };
  await sendSms(row.phone, `Your cone ${row.cone} firing is out of the kiln and ready for pickup.`);
  return { success: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendClassReminder = withStudioManager(async (ctx, classId: string, text: string) => {
  const id = idSchema.parse(classId);
  const body = z.string().min(1).max(320).parse(text);
  await checkRateLimit(`sms:class:${ctx.studioId}`);
  // ok: missing-authorization
  const recipients = await db
    .select({ phone: users.phone })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .innerJoin(classes, eq(classes.id, enrollments.classId))
    .where(and(eq(classes.id, id), eq(classes.studioId, ctx.studioId)));
  for (const r of recipients) {
    if (r.phone) await sendSms(r.phone, body);
  }
  return { sent: recipients.length };
});
