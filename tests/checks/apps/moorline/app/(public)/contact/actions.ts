"use server";

import { z } from "zod";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";
import { sql } from "@/lib/db/sql";

const contactSchema = z.object({ name: z.string().min(1).max(80), email: z.string().email(), message: z.string().min(10).max(4000) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendContactMessage(formData: FormData) {
  await rateLimitByIp("contact", 3);
  const msg = contactSchema.parse(Object.fromEntries(formData));
  await sendEmail("sales@moorline.app", `Website enquiry from ${msg.name}`, `<p>${msg.email}</p><p>${msg.message}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function subscribeNewsletter(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  // ok: sql-injection
  await sql`INSERT INTO newsletter_subscribers (email) VALUES (${email}) ON CONFLICT DO NOTHING`;
  await sendEmail(email, "Welcome to the Moorline newsletter", "<p>Tide tables, product news, no spam.</p>");
  return { ok: true };
}
