import { Resend } from "resend";
import twilio from "twilio";

export const resend = new Resend(process.env.RESEND_API_KEY);
export const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);

export async function sendEmail(to: string, subject: string, html: string) {
  return resend.emails.send({ from: "KitchenPass <no-reply@kitchenpass.app>", to, subject, html });
}

export async function sendSms(to: string, body: string) {
  return sms.messages.create({ from: process.env.TWILIO_FROM!, to, body });
}
