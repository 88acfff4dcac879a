"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { memberActionClient, authActionClient } from "@/lib/actions/safe-action";
import { sendSms } from "@/lib/sms";
import { smsLimiter } from "@/lib/ratelimit";

const prefsSchema = z.object({ userId: z.string().cuid(), phone: z.string().regex(/^\+[1-9]\d{6,14}$/) });

// The settings page posts the user id along; kept from the first release.
// ok: missing-auth, missing-input-validation
export async function updateSmsPhone(input: z.infer<typeof prefsSchema>) {
  await verifySession();
  const data = prefsSchema.parse(input);
  // ruleid: missing-authorization
  await prisma.user.update({
    where: { id: data.userId },
    data: { phone: data.phone },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateSmsPhoneChecked(input: z.infer<typeof prefsSchema>) {
  const user = await verifySession();
  const data = prefsSchema.parse(input);
  if (data.userId !== user.id) throw new Error("Forbidden");
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: data.userId },
    data: { phone: data.phone },
  });
  return { ok: true };
}

// Built on the legacy client whose middleware only logs the session.
// ruleid: missing-auth
// ok: missing-input-validation
export const muteOutageAlerts = memberActionClient.schema(z.object({ muted: z.boolean() })).action(async ({ parsedInput, ctx }) => {
  await prisma.user.update({ where: { id: ctx.userId }, data: { outageAlertsMuted: parsedInput.muted } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendTestSms = authActionClient.action(async ({ ctx }) => {
  const { success } = await smsLimiter.limit(`test:${ctx.userId}`);
  if (!success) return { error: "Slow down" };
  const row = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { phone: true } });
  if (row?.phone) await sendSms(row.phone, "Gridshare test alert: your outage alerts work.");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const sendTestSmsTo = authActionClient.schema(z.object({ phone: z.string().regex(/^\+[1-9]\d{6,14}$/) })).action(async ({ parsedInput }) => {
  await sendSms(parsedInput.phone, "Gridshare test alert.");
  return { ok: true };
});
