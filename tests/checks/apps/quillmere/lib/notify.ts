import { sendMail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

// Two calls deep: notify → rateLimitByIp + provider.
export async function notifyAuthor(actorId: string, to: { email: string; phone?: string | null }, subject: string, text: string) {
  await rateLimitByIp(`notify:${actorId}`);
  await sendMail(to.email, subject, `<p>${text}</p>`);
  if (to.phone) await sendSms(to.phone, text.slice(0, 300));
  await auditLog({ actorId, action: "author.notified", target: to.email });
}
