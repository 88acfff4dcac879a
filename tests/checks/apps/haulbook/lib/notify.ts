import { Resend } from "resend";
import twilio from "twilio";
import webpush from "web-push";

const resend = new Resend(process.env.RESEND_API_KEY);
const tw = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);

export async function sendEmail(to: string, subject: string, html: string) {
  return resend.emails.send({ from: "Haulbook <noreply@haulbook.app>", to, subject, html });
}

export async function sendSms(to: string, body: string) {
  return tw.messages.create({ from: process.env.TWILIO_FROM, to, body });
}

export async function sendPush(subscription: webpush.PushSubscription, payload: string) {
  return webpush.sendNotification(subscription, payload);
}
