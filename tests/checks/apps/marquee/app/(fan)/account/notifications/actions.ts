"use server";

import { Types } from "mongoose";
import { connectMongo } from "@/lib/db/mongo";
import { Notification } from "@/lib/models/notification";
import { verifySession } from "@/lib/dal";

// ok: missing-auth
export async function listNotifications() {
  const { userId } = await verifySession();
  await connectMongo();
  const items = await Notification.find({ userId }).sort({ createdAt: -1 }).limit(50).lean();
  // ruleid: excessive-data-exposure
  return items;
}

// ok: missing-auth
export async function listUnreadCount() {
  const { userId } = await verifySession();
  await connectMongo();
  const unread = await Notification.countDocuments({ userId, readAt: null });
  // ok: excessive-data-exposure
  return { unread };
}

// ok: missing-auth, missing-input-validation
export async function markNotificationRead(id: string) {
  const { userId } = await verifySession();
  if (!Types.ObjectId.isValid(id)) return { ok: false };
  await connectMongo();
  // ok: missing-authorization
  await Notification.updateOne({ _id: id, userId }, { $set: { readAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteNotification(id: string) {
  await verifySession();
  await connectMongo();
  // ruleid: missing-authorization
  await Notification.findByIdAndDelete(id);
  return { ok: true };
}
