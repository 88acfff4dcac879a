"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { NotificationLog } from "@/lib/models/notification-log";
import { NotificationPreference } from "@/lib/models/notification-preference";
import { getActiveOrg } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";
import { notifyLimiter } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation
export async function recentNotifications(page: number) {
  const org = await getActiveOrg();
  const p = z.number().int().min(0).max(500).parse(page);
  await connectMongo();
  const docs = await NotificationLog.find({ orgId: org.orgId }, { channel: 1, to: 1, template: 1, status: 1, createdAt: 1 })
    .sort({ createdAt: -1 })
    .skip(p * 50)
    .limit(50)
    .lean();
  // ok: excessive-data-exposure
  return docs;
}

// ok: missing-auth, missing-input-validation
export async function notificationDetail(id: string) {
  const org = await getActiveOrg();
  const docId = z.string().regex(/^[a-f0-9]{24}$/).parse(id);
  await connectMongo();
  // ok: missing-authorization
  const doc = await NotificationLog.findOne({ _id: docId, orgId: org.orgId }).lean();
  // ruleid: excessive-data-exposure
  return doc;
}

const broadcastSchema = z.object({
  channel: z.enum(["email", "sms"]),
  subject: z.string().min(1).max(120),
  message: z.string().min(1).max(1000),
});

/** Harbour-wide broadcast (storm warnings, water off on pontoon C...). */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function broadcastToBerthHolders(input: z.infer<typeof broadcastSchema>) {
  const org = await getActiveOrg();
  if (!hasRole(org.role, "HARBOUR_MASTER")) throw new Error("Harbour master only");
  const { success } = await notifyLimiter.limit(`broadcast:${org.orgId}`);
  if (!success) throw new Error("Broadcast limit reached, try again later");
  const msg = broadcastSchema.parse(input);
  const owners = await prisma.boatOwner.findMany({ where: { orgId: org.orgId }, select: { email: true, phone: true } });
  for (const o of owners) {
    if (msg.channel === "email") await sendEmail(o.email, msg.subject, `<p>${msg.message}</p>`);
    else if (o.phone) await sendSms(o.phone, msg.message);
  }
  return { recipients: owners.length };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendTestSms(phone: string) {
  const org = await getActiveOrg();
  if (!hasRole(org.role, "HARBOUR_MASTER")) throw new Error("Harbour master only");
  const to = z.string().regex(/^\+[0-9]{8,15}$/).parse(phone);
  await sendSms(to, "Moorline test message: your harbour SMS sender works.");
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function saveNotificationPreferences(prefs: Record<string, unknown>) {
  const org = await getActiveOrg();
  await connectMongo();
  await NotificationPreference.findOneAndUpdate(
    { orgId: org.orgId, userId: org.userId },
    // ruleid: mass-assignment
    { $set: prefs },
    { upsert: true },
  );
  return { ok: true };
}
