"use server";

import { z } from "zod";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";

const contactSchema = z.object({ email: z.string().email(), message: z.string().min(5).max(2000) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendContactMessage(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contact");
  const { email, message } = contactSchema.parse(Object.fromEntries(formData));
  await sendEmail("support@ferrymark.app", `Contact from ${email}`, message);
  return { ok: true };
}

// Group-booking enquiry form (public).
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendGroupEnquiry(_prev: unknown, formData: FormData) {
  const { email, message } = contactSchema.parse(Object.fromEntries(formData));
  await sendEmail("groups@ferrymark.app", `Group enquiry from ${email}`, message);
  await sendEmail(email, "We received your group enquiry", "<p>Our team will reply within 2 days.</p>");
  return { ok: true };
}
