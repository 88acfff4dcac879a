import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendMail(to: string, subject: string, html: string) {
  return resend.emails.send({ from: "Podhollow <hello@podhollow.fm>", to, subject, html });
}
