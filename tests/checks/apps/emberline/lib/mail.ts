import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendEmail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: "Emberline Dental <noreply@emberline.dental>", to, subject, html });
}
