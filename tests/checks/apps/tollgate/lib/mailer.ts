import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Tollgate <no-reply@tollgate.example>";

export async function sendMail(to: string, subject: string, text: string) {
  await resend.emails.send({ from: FROM, to, subject, text });
}

// Two calls deep: the rate limit lives here for notification mail.
export async function sendNotification(to: string, subject: string, text: string) {
  const { limit } = await import("@/lib/ratelimit");
  await limit(`mail:${to}`, 20, 3600);
  await sendMail(to, subject, text);
}
