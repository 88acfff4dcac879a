"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authActionClient } from "@/lib/safe-action";
import { verifySession } from "@/lib/auth/session";

// ok: missing-auth, missing-input-validation
export const markRead = authActionClient.schema(z.object({ ids: z.array(z.string().cuid()).max(200) })).action(async ({ parsedInput, ctx }) => {
  const { count } = await prisma.notification.updateMany({
    // ok: missing-authorization
    where: { id: { in: parsedInput.ids }, userId: ctx.userId },
    data: { read: true },
  });
  return { count };
});

// ok: missing-auth, missing-input-validation
export const dismissNotification = authActionClient.schema(z.object({ id: z.string().cuid() })).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await prisma.notification.delete({ where: { id: parsedInput.id } });
  return { ok: true };
});

// ok: missing-auth
export async function unreadCount() {
  const user = await verifySession();
  const n = await prisma.notification.count({ where: { userId: user.id, read: false } });
  // ok: excessive-data-exposure
  return n;
}

// ok: missing-auth, missing-input-validation
export async function notificationsFor(userId: unknown) {
  const user = await verifySession();
  const id = z.string().cuid().parse(userId);
  // ruleid: missing-authorization
  const rows = await prisma.notification.findMany({
    where: { userId: id },
    select: { id: true, body: true, read: true },
  });
  return { rows, viewer: user.id };
}
