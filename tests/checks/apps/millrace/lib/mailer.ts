import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendMail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: "Millrace <desk@millrace.space>", to, subject, html });
}
