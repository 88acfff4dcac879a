import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendEmail(msg: { to: string; subject: string; html: string; replyTo?: string }) {
  await resend.emails.send({ from: "Pawprint <hello@pawprint.pet>", ...msg });
}
