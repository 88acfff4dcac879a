"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { deviceTokens } from "@/lib/db/schema";

// ok: missing-auth, missing-input-validation
export async function markNotificationRead(notificationId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(notificationId);
  // ok: missing-authorization
  await prisma.notification.updateMany({ where: { id, userId: session.userId }, data: { readAt: new Date() } });
  revalidatePath("/notifications");
}

// ok: missing-auth, missing-input-validation
export async function markAllRead() {
  const session = await verifySession();
  await prisma.notification.updateMany({ where: { userId: session.userId, readAt: null }, data: { readAt: new Date() } });
}

// ok: missing-auth, missing-input-validation
export async function registerDevice(formData: FormData) {
  const session = await verifySession();
  const input = z
    .object({ platform: z.enum(["ios", "android", "web"]), token: z.string().min(10).max(512), pushEndpoint: z.string().url().optional() })
    .parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await db.insert(deviceTokens).values({ ...input, userId: session.userId });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function unregisterDevice(deviceId: string) {
  const session = await verifySession();
  // ok: missing-authorization
  await db.delete(deviceTokens).where(and(eq(deviceTokens.id, deviceId), eq(deviceTokens.userId, session.userId)));
}

// ok: missing-auth, missing-input-validation
export async function myDevices() {
  const session = await verifySession();
  const rows = await db.select().from(deviceTokens).where(eq(deviceTokens.userId, session.userId));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function notificationPreferences() {
  const session = await verifySession();
  const recent = await prisma.notification.findMany({ where: { userId: session.userId }, take: 50, orderBy: { id: "desc" } });
  // ok: excessive-data-exposure
  return recent.map(({ id, channel, body, readAt }) => ({ id, channel, body, read: readAt !== null }));
}
