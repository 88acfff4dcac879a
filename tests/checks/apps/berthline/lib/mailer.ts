import nodemailer from "nodemailer";

const transport = nodemailer.createTransport({ url: process.env.SMTP_URL } as never);

export async function sendMail(to: string, subject: string, text: string) {
  await transport.sendMail({ from: "Berthline <no-reply@berthline.app>", to, subject, text });
}
