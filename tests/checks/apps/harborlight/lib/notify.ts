import { rateLimit } from "@/lib/rate-limit";
import { sendSms } from "@/lib/sms";
import { sendMail } from "@/lib/mail";

// Rate limit inside the helper: callers get it two calls deep.
export async function notifyOwnerBySms(ownerId: string, phone: string, body: string) {
  await rateLimit(`sms:${ownerId}`, 3, 3600);
  return sendSms(phone, body);
}

export async function emailOwner(ownerId: string, email: string, subject: string, html: string) {
  await rateLimit(`mail:${ownerId}`, 10, 3600);
  return sendMail(email, subject, html);
}
