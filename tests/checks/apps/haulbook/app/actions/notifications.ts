"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { sendEmail, sendSms } from "@/lib/notify";
import { sendLimiter } from "@/lib/rate-limit";
import { withViewer, withDispatcher } from "@/lib/wrappers";

// ok: missing-auth, missing-input-validation
export async function markNotificationRead(notificationId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(notificationId);
  // ok: missing-authorization
  await prisma.notification.updateMany({ where: { id, userId: viewer.userId }, data: { readAt: new Date() } });
}

// ok: missing-auth, missing-input-validation
export async function markAllRead(userId: string) {
  // ok: floating-auth-check
  await verifySession();
  const id = z.string().parse(userId);
  // ruleid: missing-authorization
  await prisma.notification.updateMany({ where: { userId: id }, data: { readAt: new Date() } });
}

// ok: missing-auth, missing-input-validation
export async function listNotifications() {
  const viewer = await verifySession();
  const rows = await prisma.notification.findMany({ where: { userId: viewer.userId, readAt: null }, select: { id: true, channel: true, body: true }, take: 50 });
  // ok: excessive-data-exposure
  return rows;
}

const Broadcast = z.object({ loadId: z.string().cuid(), message: z.string().min(1).max(160) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const smsShipperUpdate = withViewer(async (viewer, raw: unknown) => {
  const input = Broadcast.parse(raw);
  // ok: missing-authorization
  const load = await prisma.load.findFirst({ where: { id: input.loadId, tenantId: viewer.tenantId }, select: { reference: true } });
  if (!load) return { ok: false };
  const contacts = await prisma.member.findMany({ where: { tenantId: viewer.tenantId }, select: { user: { select: { phone: true } } } });
  for (const c of contacts) if (c.user.phone) await sendSms(c.user.phone, `${load.reference}: ${input.message}`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const emailDeliveryReceipt = withViewer(async (viewer, raw: unknown) => {
  const input = z.object({ loadId: z.string().cuid(), to: z.string().email() }).parse(raw);
  const { success } = await sendLimiter.limit(viewer.userId);
  if (!success) return { ok: false };
  // ok: missing-authorization
  const load = await prisma.load.findFirst({ where: { id: input.loadId, tenantId: viewer.tenantId }, select: { reference: true, status: true } });
  if (!load || load.status !== "DELIVERED") return { ok: false };
  await sendEmail(input.to, `Delivered: ${load.reference}`, "Proof of delivery is attached in Haulbook.");
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function sendTestEmail(to: string) {
  await verifySession();
  await sendEmail(to, "Haulbook test", "If you can read this, notifications work.");
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export const snoozeLoadAlerts = withDispatcher(async (loadId: string, minutes: number) => {
  const input = z.object({ loadId: z.string().cuid(), minutes: z.number().int().min(5).max(720) }).parse({ loadId, minutes });
  await prisma.notification.updateMany({ where: { body: { contains: input.loadId } }, data: { readAt: new Date(Date.now() + input.minutes * 60000) } });
  return { ok: true };
});
