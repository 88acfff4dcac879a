import webpush from "web-push";

webpush.setVapidDetails("mailto:ops@permitline.gov", process.env.VAPID_PUBLIC!, process.env.VAPID_PRIVATE!);

export async function sendPush(endpoint: string, payload: Record<string, unknown>) {
  await webpush.sendNotification({ endpoint, keys: { p256dh: "", auth: "" } }, JSON.stringify(payload));
}
