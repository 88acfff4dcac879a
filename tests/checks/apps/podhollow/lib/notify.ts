import { sendMail } from "@/lib/mail";
import { rateLimit } from "@/lib/ratelimit";

// Two calls deep: callers get the rate limit for free.
export async function notifyListener(email: string, subject: string, html: string) {
  const { success } = await rateLimit(`mail:${email}`, 5, 3600);
  if (!success) return { sent: false };
  await sendMail(email, subject, html);
  return { sent: true };
}
