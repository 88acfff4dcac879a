import "server-only";
import { sendMail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { rateLimitByIp, ratelimit } from "@/lib/ratelimit";

// Throttled: rateLimitByIp -> ratelimit.limit.
export async function sendStaffInvite(email: string, link: string) {
  await rateLimitByIp("invite");
  await sendMail(email, "You're invited to Cohortly", `<a href="${link}">Accept invitation</a>`);
}

// Throttled per volunteer.
export async function sendVisitReminder(volunteerId: string, phone: string, when: Date) {
  const { success } = await ratelimit.limit(`reminder:${volunteerId}`);
  if (!success) return false;
  await sendSms(phone, `Reminder: your study visit is on ${when.toLocaleString("en-US")}`);
  return true;
}

// Not throttled.
export async function sendStudyShare(email: string, studyTitle: string, link: string) {
  await sendMail(email, `A friend shared "${studyTitle}"`, `<a href="${link}">See the study</a>`);
}
