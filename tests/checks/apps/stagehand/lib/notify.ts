import "server-only";
import { sendMail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { rateLimit } from "@/lib/rate-limit";

/** Guest-list invitations: throttled per artist inside. */
export async function sendGuestListEmail(artistId: string, to: string, festivalName: string) {
  await rateLimit(`guestlist:${artistId}`, 30, 3600);
  await deliverGuestInvite(to, festivalName);
}

async function deliverGuestInvite(to: string, festivalName: string) {
  await sendMail(to, `You're on the guest list at ${festivalName}`, `<p>Show this email at the artist gate.</p>`);
}

/** Volunteer confirmations: no throttle. */
export async function sendVolunteerConfirmation(to: string, name: string) {
  await sendMail(to, "Thanks for applying to volunteer", `<p>Hi ${name}, we'll be in touch.</p>`);
}

export async function textStageCrew(phone: string, message: string) {
  await sendSms(phone, message);
}
