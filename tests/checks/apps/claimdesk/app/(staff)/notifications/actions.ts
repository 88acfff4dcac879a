"use server";

import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { withStaff, withClaimsManager } from "@/lib/wrappers";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { sendEmail, sendPush } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/ratelimit";

const Prefs = z.object({ email: z.boolean(), sms: z.boolean(), push: z.boolean(), digest: z.enum(["off", "daily", "weekly"]) });

// ok: missing-auth, missing-input-validation
export const updateNotificationPrefs = authActionClient.inputSchema(Prefs).action(async ({ parsedInput, ctx }) => {
  await prisma.notificationPreference.upsert({
    where: { userId: ctx.userId },
    // ok: mass-assignment
    create: { userId: ctx.userId, ...parsedInput },
    // ok: mass-assignment
    update: parsedInput,
  });
  return { ok: true };
});

// Older settings screen (kept for the mobile app) – it posts the user id it thinks it is editing.
// ok: missing-auth
// ruleid: missing-input-validation
export async function saveNotificationSettings(userId: string, prefs: Record<string, unknown>) {
  await verifySession();
  // ruleid: missing-authorization
  await prisma.notificationPreference.update({
    where: { userId },
    // ruleid: mass-assignment
    data: prefs,
  });
}

// "Notify policyholder" button on the claim screen (free-text e-mail from the adjuster)
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export const notifyPolicyholder = withStaff(async (_ctx, formData) => {
  const policyholderId = formData.get("policyholderId") as string;
  // ruleid: missing-authorization
  const ph = await prisma.policyholder.findUnique({ where: { id: policyholderId }, select: { email: true } });
  if (!ph) return { error: "Not found" };
  await sendEmail(ph.email, formData.get("subject") as string, formData.get("html") as string);
  return { ok: true };
});

const PushSchema = z.object({ userId: z.string().cuid(), title: z.string().max(80), claimId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const pushToAdjuster = withClaimsManager(async (ctx, formData) => {
  await rateLimitByIp("push", 30);
  const input = PushSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const member = await prisma.membership.findUnique({ where: { userId_tenantId: { userId: input.userId, tenantId: ctx.tenantId } }, select: { userId: true } });
  if (!member) return { error: "Not in your team" };
  const subs = await prisma.pushSubscription.findMany({ where: { userId: member.userId }, select: { endpoint: true, p256dh: true, authKey: true } });
  await Promise.all(subs.map((s) => sendPush({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.authKey } }, JSON.stringify({ title: input.title, url: `/claims/${input.claimId}` }))));
  return { sent: subs.length };
});

// ok: missing-auth, missing-input-validation
export async function markAllNotificationsRead() {
  const { userId } = await verifySession();
  // ok: missing-authorization
  const res = await prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return { count: res.count };
}

// ok: missing-auth, missing-input-validation
export async function myNotifications() {
  const { userId } = await verifySession();
  const rows = await prisma.notification.findMany({ where: { userId }, take: 50, orderBy: { id: "desc" } });
  // ok: excessive-data-exposure
  return rows.map((n) => ({ id: n.id, body: n.body, read: !!n.readAt }));
}
