import { sendMail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";
import { rateLimitByIp } from "@/lib/ratelimit";

// Rate limited here so every caller inherits it (two calls deep from the actions).
async function guardedSend(kind: "mail" | "sms", to: string, body: string) {
  await rateLimitByIp(`notify:${kind}`);
  if (kind === "mail") await sendMail(to, "A note from your school", body);
  else await sendSms(to, body);
}

export async function notifyParent(to: string, body: string, viaSms = false) {
  await guardedSend(viaSms ? "sms" : "mail", to, body);
}
