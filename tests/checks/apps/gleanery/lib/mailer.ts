import nodemailer from "nodemailer";

const transport = nodemailer.createTransport({ url: process.env.SMTP_URL } as never);

export async function sendMail(to: string, subject: string, html: string) {
  await transport.sendMail({ from: "Gleanery <no-reply@gleanery.org>", to, subject, html });
}
