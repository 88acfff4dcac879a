import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Flagpost <no-reply@flagpost.dev>";

export async function sendEmail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: FROM, to, subject, html });
}

export async function sendInviteEmail(to: string, orgName: string, link: string) {
  await sendEmail(to, `You're invited to ${orgName} on Flagpost`, `<a href="${link}">Accept invite</a>`);
}

export async function sendPasswordResetEmail(to: string, link: string) {
  await sendEmail(to, "Reset your Flagpost password", `<a href="${link}">Reset password</a>`);
}

export async function sendMagicLinkEmail(to: string, link: string) {
  await sendEmail(to, "Your Flagpost sign-in link", `<a href="${link}">Sign in</a>`);
}
