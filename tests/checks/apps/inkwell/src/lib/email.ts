import "server-only";
import { Resend } from "resend";

export const resend = new Resend(process.env.RESEND_API_KEY);

const FROM = "Inkwell <hello@inkwell.app>";

export async function sendEmail({ to, subject, html }: { to: string; subject: string; html: string }) {
  const { error } = await resend.emails.send({ from: FROM, to, subject, html });
  if (error) {
    console.error("resend failed", error);
    throw new Error("Could not send email");
  }
}
