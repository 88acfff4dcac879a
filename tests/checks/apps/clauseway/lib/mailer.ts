import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendMail(msg: { to: string; subject: string; html: string }) {
  return resend.emails.send({ from: "Clauseway <no-reply@clauseway.app>", ...msg });
}
