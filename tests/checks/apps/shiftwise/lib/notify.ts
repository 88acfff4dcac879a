import { Resend } from "resend";
import twilio from "twilio";

const resend = new Resend(process.env.RESEND_API_KEY);
const tw = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);

export async function sendEmail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: "Shiftwise <no-reply@shiftwise.app>", to, subject, html });
}

export async function sendSms(to: string, body: string) {
  await tw.messages.create({ from: process.env.TWILIO_FROM, to, body });
}

export async function sendPush(userId: string, title: string) {
  await fetch(`${process.env.PUSH_GATEWAY_URL}/send`, { method: "POST", body: JSON.stringify({ userId, title }) });
}
