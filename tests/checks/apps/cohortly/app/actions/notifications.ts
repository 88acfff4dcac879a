"use server";

import { z } from "zod";
import { randomInt } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { requireVolunteer } from "@/lib/auth/volunteer";
import { volunteerActionClient } from "@/lib/safe-action";
import { sendSms } from "@/lib/sms";
import { ratelimit } from "@/lib/ratelimit";
import { safeEqual } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendPhoneCode = volunteerActionClient
  .schema(z.object({ phone: z.string().regex(/^\+[1-9][0-9]{7,14}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`phone-code:${ctx.volunteerId}`);
    if (!success) return { ok: false };
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    await prisma.volunteer.update({ where: { id: ctx.volunteerId }, data: { phone: parsedInput.phone } });
    await prisma.verificationCode.upsert({ where: { volunteerId: ctx.volunteerId }, create: { volunteerId: ctx.volunteerId, code }, update: { code, createdAt: new Date() } });
    await sendSms(parsedInput.phone, `Your Cohortly code is ${code}`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const verifyPhoneCode = volunteerActionClient
  .schema(z.object({ code: z.string().regex(/^\d{6}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    const row = await prisma.verificationCode.findUnique({ where: { volunteerId: ctx.volunteerId }, select: { code: true } });
    // ok: timing-unsafe-comparison
    if (!row || !safeEqual(row.code, parsedInput.code)) return { ok: false };
    await prisma.verificationCode.delete({ where: { volunteerId: ctx.volunteerId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function setReminderPreferences(input: { sms: boolean; email: boolean }) {
  const { volunteerId } = await requireVolunteer();
  const prefs = z.object({ sms: z.boolean(), email: z.boolean() }).strict().parse(input);
  // ok: mass-assignment, missing-authorization
  await prisma.notificationPreference.upsert({ where: { volunteerId }, create: { volunteerId, ...prefs }, update: prefs });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function setReminderPreferencesRaw(prefs: Record<string, boolean>) {
  const { volunteerId } = await requireVolunteer();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.notificationPreference.upsert({ where: { volunteerId }, create: { volunteerId, ...prefs }, update: prefs });
  return { ok: true };
}
