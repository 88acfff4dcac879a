import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Loftwork <hello@loftwork.co>";

export async function sendMail(opts: { to: string; subject: string; html: string; replyTo?: string }) {
  const { error } = await resend.emails.send({ from: FROM, to: opts.to, subject: opts.subject, html: opts.html, replyTo: opts.replyTo });
  if (error) throw new Error(`mail failed: ${error.message}`);
}

export { resend };
