"use server";

import { z } from "zod";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sql } from "@/lib/db/postgres";

const contactSchema = z.object({ name: z.string().min(1).max(80), email: z.string().email(), message: z.string().min(5).max(4000) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitContact(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contact");
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field." };
  await sendEmail("support@cinderpath.run", `Contact: ${parsed.data.name}`, `<p>${parsed.data.email}</p><p>${parsed.data.message}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function subscribeNewsletter(formData: FormData) {
  const email = formData.get("email");
  if (typeof email !== "string" || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return { error: "Enter a valid email." };
  // ok: sql-injection
  await sql`INSERT INTO newsletter_subscribers (email) VALUES (${email}) ON CONFLICT DO NOTHING`;
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function reportCourseIssue(formData: FormData) {
  const parsed = z.object({ raceSlug: z.string().max(80), note: z.string().min(5).max(2000), email: z.string().email() }).parse(Object.fromEntries(formData));
  await sendEmail("course@cinderpath.run", `Course issue: ${parsed.raceSlug}`, `<p>${parsed.email}</p><p>${parsed.note}</p>`);
  return { ok: true };
}
