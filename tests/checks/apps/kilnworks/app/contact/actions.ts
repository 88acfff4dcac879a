"use server";

import * as v from "valibot";
import { ContactSchema, EmailSchema } from "@/lib/validation/valibot";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sql } from "@/lib/db";

// Public contact form on the marketing site.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitContact(_prev: unknown, formData: FormData) {
  const result = v.safeParse(ContactSchema, Object.fromEntries(formData));
  if (!result.success) {
    return { error: "Please fill in every field" };
  }
  await rateLimitByIp("contact");
  await sendMail({
    to: "studios@kilnworks.app",
    subject: `Contact form: ${result.output.name}`,
    html: `<p>From ${result.output.email}</p><p>${result.output.message}</p>`,
  });
  return { success: "Thanks! We'll reply within a day." };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const { email } = v.parse(EmailSchema, { email: formData.get("email") });
  // ok: sql-injection
  await sql`insert into newsletter_subscribers (email) values (${email}) on conflict do nothing`;
  await sendMail({ to: email, subject: "Confirm your Kilnworks newsletter subscription", html: "<p>Click to confirm.</p>" });
  return { success: "Check your inbox to confirm" };
}
