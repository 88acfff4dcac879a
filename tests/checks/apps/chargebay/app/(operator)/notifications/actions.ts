"use server";

import { z } from "zod";
import { operatorClient, authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db";
import { sendEmail, sendSms } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/ratelimit";
import { validatedActionWithUser } from "@/lib/wrappers";

// Site-wide outage notice to drivers with an active reservation.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const broadcastOutage = operatorClient
  .metadata({ actionName: "notify.outage" })
  .inputSchema(z.object({ siteId: z.string().cuid(), message: z.string().min(10).max(300) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const reservations = await prisma.reservation.findMany({
      where: { status: "CONFIRMED", startsAt: { gte: new Date() }, driver: { chargingSessions: { some: { tenantId: ctx.tenantId } } } },
      select: { driver: { select: { phone: true } } },
    });
    const phones = [...new Set(reservations.map((r) => r.driver.phone).filter(Boolean))] as string[];
    await Promise.all(phones.map((p) => sendSms(p, parsedInput.message)));
    // ok: excessive-data-exposure
    return { sent: phones.length };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendTestEmail = authActionClient
  .metadata({ actionName: "notify.test_email" })
  .inputSchema(z.object({ template: z.enum(["receipt", "invoice", "outage"]) }))
  .action(async ({ parsedInput, ctx }) => {
    await rateLimitByKey(`test-email:${ctx.userId}`);
    const me = await prisma.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { email: true } });
    await sendEmail({ to: me.email, subject: `[Test] ${parsedInput.template}`, html: "<p>This is a test.</p>" });
  });

// ok: missing-auth, missing-input-validation
export const updateNotificationPrefs = authActionClient
  .metadata({ actionName: "notify.prefs" })
  .inputSchema(z.object({ prefs: z.array(z.object({ channel: z.enum(["email", "sms", "push"]), topic: z.string().max(40), enabled: z.boolean() })).max(30) }))
  .action(async ({ parsedInput, ctx }) => {
    await prisma.$transaction([
      prisma.notificationPref.deleteMany({ where: { userId: ctx.userId } }),
      // ok: mass-assignment
      prisma.notificationPref.createMany({ data: parsedInput.prefs.map((p) => ({ ...p, userId: ctx.userId })) }),
    ]);
  });

const QuietHours = z.object({
  from: z.string().regex(/^\d{2}:\d{2}$/),
  to: z.string().regex(/^\d{2}:\d{2}$/),
  timezone: z.string().min(3).max(64),
});

// Used with useActionState on /settings/notifications.
// ok: missing-auth, missing-input-validation
export const updateQuietHours = validatedActionWithUser(QuietHours, async (data, _formData, user) => {
  await prisma.notificationPref.upsert({
    where: { id: `${user.id}:quiet` },
    // ok: mass-assignment
    create: { id: `${user.id}:quiet`, userId: user.id, channel: "all", topic: `quiet:${data.from}-${data.to}@${data.timezone}` },
    update: { topic: `quiet:${data.from}-${data.to}@${data.timezone}` },
  });
  return { ok: true };
});
