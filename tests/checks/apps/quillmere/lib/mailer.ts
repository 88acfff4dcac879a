import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendMail(to: string, subject: string, html: string) {
  return resend.emails.send({ from: "Quillmere <hello@quillmere.com>", to, subject, html });
}
