import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Helmdesk <no-reply@helmdesk.app>";

export async function sendEmail(to: string, subject: string, html: string) {
  return resend.emails.send({ from: FROM, to, subject, html });
}

export async function sendMagicLinkEmail(to: string, url: string) {
  return sendEmail(to, "Your sign-in link", `<a href="${url}">Sign in to the help center</a>`);
}

export async function sendInviteEmail(to: string, workspace: string, url: string) {
  return sendEmail(to, `Join ${workspace} on Helmdesk`, `<a href="${url}">Accept invite</a>`);
}
