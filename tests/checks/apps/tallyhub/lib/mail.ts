import "server-only";
import { Resend } from "resend";

export const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendMail({ to, subject, html }: { to: string; subject: string; html: string }) {
  await resend.emails.send({ from: "Tallyhub <no-reply@tallyhub.app>", to, subject, html });
}
