import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Loomhall <hello@loomhall.coop>";

export async function sendMail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: FROM, to, subject, html });
}
