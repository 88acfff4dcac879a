import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendMail(to: string, subject: string, html: string) {
  await resend.emails.send({ from: "Stagehand <noreply@stagehand.events>", to, subject, html });
}
