"use server";

import * as v from "valibot";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { ContactSchema } from "@/lib/validators";

// Public form on the school website: anonymous by design.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendContactMessage(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contact");
  const parsed = v.safeParse(ContactSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field." };
  await sendMail("office@sparrowpost.school", `Website enquiry from ${parsed.output.name}`, `<p>${parsed.output.message}</p><p>${parsed.output.email}</p>`);
  return { ok: true };
}

// Prospective-parent visit request: public, but no limiter.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestSchoolVisit(_prev: unknown, formData: FormData) {
  const parsed = v.safeParse(ContactSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field." };
  await sendMail(parsed.output.email, "Your visit request", "<p>Thanks — the office will call you to arrange a time.</p>");
  await sendMail("admissions@sparrowpost.school", "Visit request", `<p>${parsed.output.name}: ${parsed.output.message}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function subscribeNewsletter(email: string) {
  // ok: mass-assignment
  await supabaseAdmin.from("newsletter_subscribers").upsert({ email }, { onConflict: "email" });
  return { ok: true };
}
