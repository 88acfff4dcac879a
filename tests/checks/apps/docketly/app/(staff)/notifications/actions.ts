"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export async function markAllRead() {
  const session = await verifySession();
  // ok: missing-authorization
  await prisma.notification.updateMany({ where: { userId: session.userId, read: false }, data: { read: true } });
}

// ok: missing-auth, missing-input-validation
export async function markRead(notificationId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(notificationId);
  // ok: missing-authorization
  await prisma.notification.updateMany({ where: { id, userId: session.userId }, data: { read: true } });
}

// Paralegals text clients a hearing reminder.
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
// ok: missing-auth
export async function textHearingReminder(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const { clientId, message } = z.object({ clientId: z.string().cuid(), message: z.string().min(5).max(300) }).parse(Object.fromEntries(formData));
  const client = await prisma.client.findFirst({ where: { id: clientId, firmId: session.firmId }, select: { id: true, portalUsers: { select: { email: true } } } });
  if (!client) return { error: "Client not found" };
  const phone = String(formData.get("phone") ?? "");
  await sendSms(phone, message);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function emailDigestNow() {
  const session = await verifySession();
  if (!(await rateLimitByKey(`digest:${session.userId}`))) return { error: "You just got one." };
  const unread = await prisma.notification.count({ where: { userId: session.userId, read: false } });
  await sendEmail(session.email, "Your Docketly digest", `<p>You have ${unread} unread notifications.</p>`);
  return { ok: true };
}

type PushSub = { endpoint: string; p256dh: string; authKey: string };

// ruleid: missing-input-validation
// ok: missing-auth
export async function savePushSubscription(sub: PushSub) {
  const session = await verifySession();
  await prisma.pushSubscription.create({
    data: {
      // ruleid: mass-assignment
      ...sub,
      userId: session.userId,
    },
  });
}
