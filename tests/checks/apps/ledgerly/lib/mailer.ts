import "server-only";
import nodemailer from "nodemailer";
import { ServerClient } from "postmark";

const FROM = "Ledgerly <billing@ledgerly.app>";

export const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

export const postmark = new ServerClient(process.env.POSTMARK_SERVER_TOKEN ?? "");

export async function sendMail(to: string, subject: string, html: string) {
  await transporter.sendMail({ from: FROM, to, subject, html });
}

export async function sendTemplate(to: string, alias: string, model: Record<string, unknown>) {
  await postmark.sendEmailWithTemplate({ From: FROM, To: to, TemplateAlias: alias, TemplateModel: model });
}
