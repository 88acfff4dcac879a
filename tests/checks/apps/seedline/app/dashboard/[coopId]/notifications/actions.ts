"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { db, pushSubscriptions } from "@/lib/drizzle";
import { sendSms } from "@/lib/notify";
import { newToken } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation
export async function markNotificationRead(notificationId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(notificationId);
  // ok: missing-authorization
  await prisma.notification.updateMany({ where: { id, userId }, data: { readAt: new Date() } });
}

// "Send me a test SMS" button on the notification preferences screen.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendTestSms(phone: string) {
  const { userId } = await verifySession();
  if (typeof phone !== "string" || !/^\+[0-9]{9,15}$/.test(phone)) throw new Error("Invalid phone number");
  await sendSms(phone, "This is a test message from Seedline.");
  await prisma.notification.create({ data: { userId, channel: "SMS", body: "test" } });
  return { sent: true };
}

type PushSubscriptionInput = { endpoint: string; authSecret: string; p256dh: string };

// ruleid: missing-input-validation
// ok: missing-auth
export async function savePushSubscription(sub: PushSubscriptionInput) {
  const { userId } = await verifySession();
  await db.insert(pushSubscriptions).values({
    id: newToken(12),
    // ruleid: mass-assignment
    ...sub,
    userId,
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function removePushSubscription(subscriptionId: string) {
  const { userId } = await verifySession();
  const id = z.string().min(8).max(40).parse(subscriptionId);
  // ok: missing-authorization
  await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.userId, userId)));
}
