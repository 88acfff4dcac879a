import "server-only";
import nodemailer from "nodemailer";

const transport = nodemailer.createTransport(process.env.SMTP_URL);

export async function sendMail(to: string, subject: string, text: string) {
  await transport.sendMail({ from: "Fernbank <hello@fernbank.garden>", to, subject, text });
}
