import "server-only";
import { Resend } from "resend";
import nodemailer from "nodemailer";
import twilio from "twilio";

export const resend = new Resend(process.env.RESEND_API_KEY);

// Bulk attendee mail goes through the SES SMTP relay (cheaper than Resend for broadcasts).
export const mailer = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function sendEmail(msg: { to: string | string[]; subject: string; html: string; replyTo?: string }) {
  const { error } = await resend.emails.send({ from: "Gatehouse <tickets@gatehouse.app>", ...msg });
  if (error) throw new Error(`email failed: ${error.name}`);
}

export async function sendSms(to: string, body: string) {
  return sms.messages.create({ to, from: process.env.TWILIO_FROM_NUMBER, body });
}
