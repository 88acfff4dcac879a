"use server";

import { z } from "zod";
import { sql as vsql } from "@vercel/postgres";
import { sendEmail } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/rate-limit";

const contactSchema = z.object({
  name: z.string().min(2).max(100),
  email: z.string().email(),
  coopName: z.string().max(120).optional(),
  message: z.string().min(10).max(4000),
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function submitContactForm(_prev: unknown, formData: FormData) {
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field" };
  await sendEmail({
    to: "sales@seedline.coop",
    subject: `Contact: ${parsed.data.coopName ?? parsed.data.name}`,
    html: `<p>${parsed.data.email}</p><p>${parsed.data.message}</p>`,
  });
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  await rateLimitByIp("newsletter", 5);
  const email = z.string().email().safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email" };
  // ok: sql-injection
  await vsql`insert into newsletter_subscribers (email) values (${email.data}) on conflict do nothing`;
  return { ok: true };
}
