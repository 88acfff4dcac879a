import "server-only";
import nodemailer from "nodemailer";

const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT ?? 587),
  secure: false,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

const FROM = process.env.MAIL_FROM ?? "Ropewalk Climbing <hello@ropewalk.climb>";

export async function sendMail(opts: { to: string; subject: string; text: string; html?: string; replyTo?: string }) {
  return transporter.sendMail({ from: FROM, ...opts });
}
