import "server-only";
import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendMail(to: string, subject: string, text: string) {
  return resend.emails.send({ from: "Fenwick Clinic <no-reply@fenwickclinic.org>", to, subject, text });
}
