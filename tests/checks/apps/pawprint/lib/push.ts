import webpush from "web-push";
import { prisma } from "@/lib/db/prisma";

webpush.setVapidDetails("mailto:ops@pawprint.pet", process.env.VAPID_PUBLIC_KEY!, process.env.VAPID_PRIVATE_KEY!);

export async function pushToUser(userId: string, payload: { title: string; body: string; url?: string }) {
  const tokens = await prisma.pushToken.findMany({ where: { userId }, select: { token: true } });
  await Promise.allSettled(tokens.map((t) => webpush.sendNotification(JSON.parse(t.token), JSON.stringify(payload))));
}
