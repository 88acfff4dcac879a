import "server-only";
import { Resend } from "resend";
import twilio from "twilio";

const resend = new Resend(process.env.RESEND_API_KEY);
const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function sendEmail(msg: { to: string; subject: string; html: string }) {
  await resend.emails.send({ from: "Seedline <no-reply@seedline.coop>", ...msg });
}

export async function sendSms(to: string, body: string) {
  await tw.messages.create({ from: process.env.TWILIO_FROM, to, body });
}

export async function sendPush(userId: string, title: string, body: string) {
  await fetch(`${process.env.PUSH_GATEWAY_URL}/send`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.PUSH_GATEWAY_TOKEN}` },
    body: JSON.stringify({ userId, title, body }),
  });
}
