import { Resend } from "resend";
import twilio from "twilio";
import webpush from "web-push";

const resend = new Resend(process.env.RESEND_API_KEY);
const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);

export async function sendEmail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: "Claimdesk <no-reply@claimdesk.io>", to, subject, html });
}

export async function sendSms(to: string, body: string) {
  await sms.messages.create({ to, from: process.env.TWILIO_FROM, body });
}

export async function sendPush(subscription: webpush.PushSubscription, payload: string) {
  await webpush.sendNotification(subscription, payload);
}
