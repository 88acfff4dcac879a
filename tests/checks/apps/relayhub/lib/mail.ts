import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendEmail(opts: { to: string; subject: string; html: string; replyTo?: string }) {
  return resend.emails.send({ from: "Relayhub <noreply@relayhub.org>", ...opts });
}
