import { Resend } from "resend";
import twilio from "twilio";
import webpush from "web-push";

const resend = new Resend(process.env.RESEND_API_KEY);
const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);

export async function sendEmail(to: string, subject: string, html: string) {
  return resend.emails.send({ from: "Grantline <no-reply@grantline.org>", to, subject, html });
}

export async function sendSms(to: string, body: string) {
  return sms.messages.create({ from: process.env.TWILIO_FROM, to, body });
}

export async function sendPush(sub: { endpoint: string; keys: { p256dh: string; auth: string } }, payload: object) {
  return webpush.sendNotification(sub, JSON.stringify(payload));
}
