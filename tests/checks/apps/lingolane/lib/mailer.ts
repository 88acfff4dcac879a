import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Lingolane <noreply@lingolane.io>";

export async function sendMail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: FROM, to, subject, html });
}

export async function sendInviteEmail(to: string, orgName: string, link: string) {
  await sendMail(to, `You're invited to ${orgName} on Lingolane`, `<a href="${link}">Accept invitation</a>`);
}
