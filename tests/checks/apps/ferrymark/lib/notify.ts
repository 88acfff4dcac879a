import twilio from "twilio";
import { Resend } from "resend";

const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendSms(to: string, body: string) {
  await sms.messages.create({ to, from: process.env.TWILIO_FROM, body });
}

export async function sendEmail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: "Ferrymark <no-reply@ferrymark.app>", to, subject, html });
}
