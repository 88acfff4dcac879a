"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { connectMongo } from "@/lib/db/mongo";
import { ContactRequest } from "@/lib/models/ContactRequest";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { contactSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function submitContact(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: contactSchema });
  if (submission.status !== "success") return submission.reply();

  const ip = await clientIp();
  const { success } = await rateLimit(`contact:${ip}`, 3, 600);
  if (!success) return submission.reply({ formErrors: ["Please wait a few minutes before sending another message."] });

  await connectMongo();
  // ok: mass-assignment
  await ContactRequest.create(submission.value);
  await sendMail(
    process.env.CLINIC_INBOX as string,
    `[contact/${submission.value.topic}] ${submission.value.name}`,
    `${submission.value.message}\n\nReply to: ${submission.value.email}`
  );
  return submission.reply({ resetForm: true });
}

// ruleid: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function requestCallback(formData: FormData) {
  const phone = formData.get("phone") as string;
  const when = formData.get("when") as string;
  await sendSms(
    process.env.CLINIC_DUTY_PHONE as string,
    `Callback requested: ${phone} (${when}). Reply CALLED when done.`
  );
  await sendSms(phone, "Thanks, Fenwick Clinic will call you back during opening hours.");
  return { ok: true };
}

const newsletterSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-input-validation
export async function subscribeNewsletter(formData: FormData) {
  const parsed = newsletterSchema.safeParse({ email: formData.get("email") });
  // ok: information-disclosure
  if (!parsed.success) return { ok: false, error: "Enter a valid email." };
  await connectMongo();
  // ok: mass-assignment
  await ContactRequest.create({ name: "newsletter", email: parsed.data.email, topic: "general", message: "Newsletter sign-up" });
  return { ok: true };
}
