import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Tenantry <noreply@tenantry.app>";

export async function sendEmail(opts: { to: string; subject: string; html: string; replyTo?: string }) {
  return resend.emails.send({ from: FROM, to: opts.to, subject: opts.subject, html: opts.html, replyTo: opts.replyTo });
}
