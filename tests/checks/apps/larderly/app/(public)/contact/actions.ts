"use server";

import { z } from "zod";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

const contactSchema = z.object({ name: z.string().min(1).max(100), email: z.string().email(), message: z.string().min(5).max(5000) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendContactMessage(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contact");
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field" };
  await sendMail("hello@larderly.org", `Contact: ${parsed.data.name}`, `<p>${parsed.data.email}</p><p>${parsed.data.message}</p>`);
  return { success: true };
}

// "Become a partner pantry" enquiry form.
// why: emails the sender's address without a rate limit or any validation of the address
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function sendPartnerEnquiry(formData: FormData) {
  const email = formData.get("email") as string;
  const org = formData.get("organisation") as string;
  await sendMail(email, "Thanks for your interest in Larderly", `<p>We received your enquiry for ${org}.</p>`);
  return { success: true };
}
