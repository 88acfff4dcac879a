import "server-only";
import { smsLimiter } from "@/lib/ratelimit";
import { sendSms } from "@/lib/sms";

// Rate limited per recipient before the SMS is sent.
export async function notifyDonorBySms(phone: string, body: string) {
  const { success } = await smsLimiter.limit(`sms:${phone}`);
  if (!success) return { sent: false as const };
  await sendSms(phone, body);
  return { sent: true as const };
}

export async function remindDonor(phone: string, when: string) {
  return notifyDonorBySms(phone, `DonorWell: reminder of your donation appointment on ${when}.`);
}
