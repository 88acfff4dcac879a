"use server";

import * as v from "valibot";
import { db } from "@/db";
import { contactMessages } from "@/db/schema";
import { sendMail } from "@/lib/mail";
import { mailLimiter, clientIp } from "@/lib/ratelimit";

const contactSchema = v.object({
  email: v.pipe(v.string(), v.email()),
  message: v.pipe(v.string(), v.minLength(10), v.maxLength(4000)),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendContactMessage(_prev: unknown, formData: FormData) {
  const { success } = await mailLimiter.limit(`contact:${await clientIp()}`);
  // ok: information-disclosure
  if (!success) return { error: "Please try again later." };
  const parsed = v.safeParse(contactSchema, { email: formData.get("email"), message: formData.get("message") });
  // ok: information-disclosure
  if (!parsed.success) return { error: "Please fill in both fields." };
  // ok: mass-assignment
  await db.insert(contactMessages).values({ email: parsed.output.email, body: parsed.output.message });
  await sendMail("harbourmaster@brineworks.example", "Website enquiry", `<p>${parsed.output.email}</p><pre>${parsed.output.message}</pre>`);
  return { ok: true };
}

// ruleid: missing-rate-limit
export async function requestBuyerInvite(_prev: unknown, formData: FormData) {
  const parsed = v.safeParse(v.object({ email: v.pipe(v.string(), v.email()), company: v.pipe(v.string(), v.maxLength(120)) }), {
    email: formData.get("email"),
    company: formData.get("company"),
  });
  // ok: information-disclosure
  if (!parsed.success) return { error: "Invalid request." };
  await sendMail(parsed.output.email, "Your Brineworks buyer invite request", "<p>We will review your request within two working days.</p>");
  return { ok: true };
}

// Newsletter-style subscribe, public on purpose.
// ruleid: missing-input-validation
export async function subscribeLandingReport(email: string) {
  // ok: mass-assignment
  await db.insert(contactMessages).values({ email, body: "subscribe:landing-report" });
  return { ok: true };
}
