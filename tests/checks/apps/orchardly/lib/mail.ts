import { Resend } from "resend";

export const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Orchardly <boxes@orchardly.farm>";

export async function sendMail(to: string | string[], subject: string, html: string) {
  const { error } = await resend.emails.send({ from: FROM, to, subject, html });
  if (error) throw new Error(`resend: ${error.message}`);
}
