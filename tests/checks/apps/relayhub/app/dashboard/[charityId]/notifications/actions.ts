"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireCharityRole, FUNDRAISING_ROLES } from "@/lib/authz";
import { sendLimiter } from "@/lib/rate-limit";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/mail";
import { sendPush } from "@/lib/push";
import { Cuid } from "@/lib/validation";

const Blast = z.object({ message: z.string().min(1).max(320), segment: z.enum(["all", "major", "lapsed"]) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendSmsBlast(charityId: string, _prev: unknown, formData: FormData) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const { success } = await sendLimiter.limit(`sms-blast:${ctx.charityId}`);
  if (!success) return { error: "SMS blasts are limited to one per hour." };
  const input = Blast.parse({ message: formData.get("message"), segment: formData.get("segment") });
  const consented = await prisma.consentRecord.findMany({ where: { channel: "sms", granted: true }, select: { donorId: true } });
  const donors = await prisma.donor.findMany({
    where: { charityId: ctx.charityId, id: { in: consented.map((c) => c.donorId) }, phone: { not: null }, ...(input.segment === "major" ? { majorDonor: true } : {}) },
    select: { phone: true },
  });
  for (const d of donors) await sendSms(d.phone!, input.message);
  return { sent: donors.length };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function emailDonor(charityId: string, donorId: string, subject: string, html: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const input = z.object({ donorId: Cuid, subject: z.string().min(1).max(150), html: z.string().min(1).max(50_000) }).parse({ donorId, subject, html });
  // ok: missing-authorization
  const donor = await prisma.donor.findFirst({ where: { id: input.donorId, charityId: ctx.charityId }, select: { email: true } });
  if (!donor) return { ok: false };
  await sendEmail({ to: donor.email, subject: input.subject, html: input.html });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function markNotificationRead(notificationId: string) {
  await verifySession();
  if (typeof notificationId !== "string" || notificationId.length > 40) return;
  // ruleid: missing-authorization
  await prisma.notification.update({ where: { id: notificationId }, data: { readAt: new Date() } });
}

// ok: missing-auth
export async function myNotifications() {
  const { userId } = await verifySession();
  const rows = await prisma.notification.findMany({ where: { userId, readAt: null }, take: 50 });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-rate-limit
export async function sendTestPush() {
  const { userId } = await verifySession();
  await sendPush(userId, "Relayhub", "Push notifications are working.");
  return { ok: true };
}
