"use server";

import * as v from "valibot";
import { sendEmail } from "@/lib/mailer";
import { ratelimit } from "@/lib/ratelimit";
import { headers } from "next/headers";

const ContactSchema = v.object({ name: v.string(), email: v.pipe(v.string(), v.email()), message: v.pipe(v.string(), v.maxLength(4000)) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendContactMessage(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`contact:${ip}`);
  if (!success) return { error: "Please try again later." };
  const data = v.parse(ContactSchema, Object.fromEntries(formData));
  await sendEmail("hello@hearthcare.app", `Contact from ${data.name}`, `<p>${data.email}</p><p>${data.message}</p>`);
  return { success: true };
}

// Request-a-demo form on the marketing site.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestDemo(_prev: unknown, formData: FormData) {
  const data = v.parse(ContactSchema, Object.fromEntries(formData));
  await sendEmail(data.email, "Your Hearthcare demo", "<p>Pick a time: https://cal.com/hearthcare</p>");
  return { success: true };
}
