import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Spoolworks <hello@spoolworks.io>";

export async function sendMail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: FROM, to, subject, html });
}

export async function sendShopInviteEmail(to: string, shopName: string, link: string) {
  await sendMail(to, `You're invited to ${shopName} on Spoolworks`, `<p>Join the print farm: <a href="${link}">accept invite</a></p>`);
}
