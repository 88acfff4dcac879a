import webpush from "web-push";
import { prisma } from "@/lib/db/prisma";

webpush.setVapidDetails("mailto:ops@docketly.law", process.env.VAPID_PUBLIC_KEY!, process.env.VAPID_PRIVATE_KEY!);

export async function pushToUser(userId: string, title: string, body: string) {
  const subs = await prisma.pushSubscription.findMany({ where: { userId }, select: { endpoint: true, p256dh: true, authKey: true } });
  await Promise.allSettled(
    subs.map((s) => webpush.sendNotification({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.authKey } }, JSON.stringify({ title, body }))),
  );
}
