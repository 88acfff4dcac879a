"use server";

import { z } from "zod";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";
import { sql } from "@/lib/db/postgres";

const contactSchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  message: z.string().min(10).max(5000),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitContactForm(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contact", 3, "10 m");
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field." };
  await sendEmail("support@marquee.live", `Contact: ${parsed.data.name}`, `${parsed.data.email}\n\n${parsed.data.message}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const email = z.string().email().safeParse(formData.get("email"));
  if (!email.success) return { error: "Invalid e-mail" };
  // ok: sql-injection
  await sql`INSERT INTO newsletter_subscribers (email) VALUES (${email.data}) ON CONFLICT DO NOTHING`;
  await sendEmail(email.data, "Confirm your subscription", "Click to confirm: https://marquee.live/newsletter/confirm");
  return { ok: true };
}
