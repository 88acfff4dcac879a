import { sendMail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/ratelimit";

// Rate limited one level down, so callers get it for free.
export async function notifyMember(email: string, subject: string, html: string) {
  await rateLimitByKey(`mail:${email}`, 5);
  await sendMail(email, subject, html);
}
