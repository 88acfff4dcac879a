"use server";

import * as yup from "yup";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";
import { prisma } from "@/lib/db/prisma";

const contactSchema = yup.object({
  name: yup.string().required().max(100),
  email: yup.string().email().required(),
  message: yup.string().required().max(4000),
});

// Public contact form.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendContactMessage(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contact", 3);
  const data = await contactSchema.validate(Object.fromEntries(formData));
  await sendMail("hello@gridshare.coop", `Contact: ${data.name}`, `<p>${data.email}</p><pre>${data.message}</pre>`);
  return { success: "Thanks, we'll be in touch." };
}

// Public newsletter subscribe.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const email = await yup.string().email().required().validate(formData.get("email"));
  await prisma.auditLog.create({ data: { action: "newsletter.subscribe", target: email } });
  await sendMail(email, "You're subscribed", "<p>Monthly co-op energy news, no spam.</p>");
  return { success: "Subscribed" };
}

// Installer enquiry ("become an installer partner").
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function installerEnquiry(_prev: unknown, formData: FormData) {
  await rateLimitByIp("installer-enquiry", 3);
  const company = formData.get("company") as string;
  const email = formData.get("email") as string;
  await sendMail(email, "Thanks for your interest", `<p>We received the enquiry for ${company}.</p>`);
  return { success: "Thanks" };
}
