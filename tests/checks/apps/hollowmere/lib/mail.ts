import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Hollowmere <no-reply@hollowmere.app>";

export async function sendMail(to: string | string[], subject: string, html: string) {
  await resend.emails.send({ from: FROM, to, subject, html });
}
