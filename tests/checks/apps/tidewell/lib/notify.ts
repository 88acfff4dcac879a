import { sendMail } from "@/lib/mail";
import { rateLimitByIp } from "@/lib/ratelimit";

async function throttled(bucket: string) {
  await rateLimitByIp(bucket);
}

// Rate limited two calls deep before any mail goes out.
export async function sendInviteMail(to: string, coopName: string, link: string) {
  await throttled("invite-mail");
  await sendMail(to, `You're invited to ${coopName}`, `<a href="${link}">Join ${coopName}</a>`);
}

// No throttle: used by board-only flows.
export async function sendStatementMail(to: string, month: string) {
  await sendMail(to, `Your ${month} solar statement`, `<p>Your statement for ${month} is ready.</p>`);
}
