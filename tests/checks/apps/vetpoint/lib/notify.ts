import { checkRateLimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";

// Rate limited here, so every caller is limited (two calls deep from the actions).
export async function notifyOwner(ownerKey: string, channel: "sms" | "email", to: string, text: string) {
  await checkRateLimit(`notify:${ownerKey}`, 5);
  if (channel === "sms") return sendSms(to, text);
  return sendEmail(to, "A message from your vet", `<p>${text}</p>`);
}
