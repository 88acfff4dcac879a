import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Cohortly <noreply@cohortly.health>";

export async function sendMail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: FROM, to, subject, html });
}

export async function sendMagicLinkMail(to: string, url: string) {
  await sendMail(to, "Your sign-in link", `<a href="${url}">Sign in to Cohortly</a>`);
}
