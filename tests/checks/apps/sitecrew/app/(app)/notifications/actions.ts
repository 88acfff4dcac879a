"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { connectMongo, PushSubscription } from "@/lib/db/mongo";
import { verifySession } from "@/lib/dal";
import { withRole } from "@/lib/wrappers";
import { sendSms } from "@/lib/notify";
import { rateLimitByKey, smsLimiter } from "@/lib/ratelimit";
import { id } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export async function markNotificationRead(notificationId: string) {
  const session = await verifySession();
  const nid = id.parse(notificationId);
  // ok: missing-authorization
  await prisma.notification.updateMany({ where: { id: nid, userId: session.userId }, data: { readAt: new Date() } });
  revalidatePath("/notifications");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateNotificationPreferences(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  // ok: missing-authorization
  await prisma.notificationPreference.upsert({
    where: { userId: session.userId },
    // ruleid: mass-assignment
    update: Object.fromEntries(formData),
    create: { userId: session.userId },
  });
  return { ok: true };
}

// "Send me a test text" button on the preferences page.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendTestSms() {
  const session = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { phone: true } });
  if (!user?.phone) return { error: "Add a mobile number first." };
  await sendSms(user.phone, "Sitecrew test message: notifications are working.");
  return { ok: true };
}

const BroadcastSchema = z.object({ projectId: z.string().cuid(), message: z.string().min(3).max(320) });

// Weather / site-closure broadcast to every crew member on a project.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const broadcastToCrew = withRole(["PROJECT_MANAGER", "SUPERINTENDENT", "SAFETY_OFFICER"], async (ctx, input: z.input<typeof BroadcastSchema>) => {
  const data = BroadcastSchema.parse(input);
  if (!(await rateLimitByKey(`broadcast:${data.projectId}`, smsLimiter))) throw new Error("Broadcast limit reached");
  // ok: missing-authorization
  const workers = await prisma.worker.findMany({
    where: { tenantId: ctx.tenantId, phone: { not: null } },
    select: { phone: true },
  });
  await Promise.allSettled(workers.map((w) => sendSms(w.phone!, data.message)));
  return { sent: workers.length };
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function subscribePush(sub: { endpoint: string; keys: { p256dh: string; auth: string } }) {
  const session = await verifySession();
  await connectMongo();
  await PushSubscription.updateOne(
    { userId: session.userId, endpoint: sub.endpoint },
    { $set: { userId: session.userId, endpoint: sub.endpoint, keys: sub.keys } },
    { upsert: true },
  );
}
