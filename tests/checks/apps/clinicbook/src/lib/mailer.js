import nodemailer from "nodemailer";

const transporter = nodemailer.createTransport({ url: process.env.SMTP_URL });

export async function sendEmail({ to, subject, text }) {
  await transporter.sendMail({ from: "ClinicBook <hello@clinicbook.io>", to, subject, text });
}
