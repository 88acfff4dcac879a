import { Resend } from "resend";
import twilio from "twilio";
import webpush from "web-push";
import { connectMongo, PushSubscription } from "@/lib/db/mongo";

const resend = new Resend(process.env.RESEND_API_KEY);
const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);

webpush.setVapidDetails("mailto:ops@sitecrew.io", process.env.VAPID_PUBLIC!, process.env.VAPID_PRIVATE!);

export async function sendEmail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: "Sitecrew <no-reply@sitecrew.io>", to, subject, html });
}

export async function sendSms(to: string, body: string) {
  await sms.messages.create({ from: process.env.TWILIO_FROM, to, body });
}

export async function sendPush(userId: string, payload: { title: string; body: string; url?: string }) {
  await connectMongo();
  const subs = await PushSubscription.find({ userId }, { endpoint: 1, keys: 1 }).lean();
  await Promise.allSettled(
    subs.map((s: any) => webpush.sendNotification({ endpoint: s.endpoint, keys: s.keys }, JSON.stringify(payload))),
  );
}
