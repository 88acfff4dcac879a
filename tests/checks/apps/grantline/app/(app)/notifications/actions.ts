"use server";

import { z } from "zod";
import { eq, and } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/lib/db/drizzle";
import { pushSubscriptions } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { sendSms, sendPush } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/ratelimit";

const subSchema = z.object({ endpoint: z.string().url(), keys: z.object({ p256dh: z.string(), auth: z.string() }) });

// ok: missing-auth, missing-input-validation
export async function savePushSubscription(sub: unknown) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const s = subSchema.parse(sub);
  // ok: mass-assignment
  await db.insert(pushSubscriptions).values({ id: crypto.randomUUID(), userId: session.user.id, endpoint: s.endpoint, p256dh: s.keys.p256dh, authSecret: s.keys.auth });
}

// ok: missing-auth, missing-input-validation
export async function removePushSubscription(subscriptionId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(subscriptionId);
  // ok: missing-authorization
  await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.userId, session.user.id)));
}

// ok: missing-auth
export async function listPushSubscriptions() {
  const session = await auth();
  if (!session?.user?.id) return [];
  const subs = await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, session.user.id));
  // ruleid: excessive-data-exposure
  return subs;
}

// ok: missing-auth
// ruleid: missing-rate-limit
export async function sendTestSms() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { phone: true } });
  if (!user?.phone) return { error: "Add a phone number first." };
  await sendSms(user.phone, "Grantline test message: notifications are working.");
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
export async function sendTestPush() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  await rateLimitByIp("test-push", 5);
  const subs = await db.select({ endpoint: pushSubscriptions.endpoint, p256dh: pushSubscriptions.p256dh, auth: pushSubscriptions.authSecret }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, session.user.id));
  await Promise.all(subs.map((s) => sendPush({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, { title: "Test" })));
  // ok: excessive-data-exposure
  return { sent: subs.length };
}

// ok: missing-auth, missing-input-validation
export async function markNotificationRead(notificationId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(notificationId);
  // ok: missing-authorization
  await prisma.notification.updateMany({ where: { id, userId: session.user.id }, data: { read: true } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function markAllRead(userId: string) {
  if (typeof userId !== "string" || userId.length > 40) throw new Error("Invalid user");
  await prisma.notification.updateMany({ where: { userId }, data: { read: true } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateNotificationPrefs(prefs: Record<string, boolean>) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: session.user.id },
    // ruleid: mass-assignment
    data: { ...prefs },
  });
}
