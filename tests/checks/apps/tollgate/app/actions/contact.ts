"use server";

import { db, contactMessages } from "@/lib/db";
import { contactInput } from "@/lib/validators";
import { limitByIp, limit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

// Public contact form: meant to be anonymous.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function submitContact(_prev: unknown, formData: FormData) {
  await limitByIp("contact", 3, 600);
  const parsed = contactInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form", issues: parsed.error.flatten().fieldErrors };
  // ok: mass-assignment
  await db.insert(contactMessages).values(parsed.data);
  await sendMail("sales@tollgate.example", `Contact: ${parsed.data.company ?? parsed.data.name}`, parsed.data.message);
  return { ok: true };
}

// Newer "request a demo" form. The limiter runs after the mail has gone out.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestDemo(_prev: unknown, formData: FormData) {
  const parsed = contactInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  await sendMail(parsed.data.email, "Your Tollgate demo", "A broker will call you within one business day.");
  await limit(`demo:${parsed.data.email}`, 2, 86400);
  return { ok: true };
}

// Newsletter: public, limited.
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function subscribeNewsletter(formData: FormData) {
  await limitByIp("newsletter", 5, 3600);
  const email = formData.get("email") as string;
  await sendMail(email, "Welcome to the Tollgate tariff bulletin", "You will get one email a month.");
  return { ok: true };
}

// Autosave of the contact form draft (anonymous).
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function saveContactDraft(formData: FormData) {
  await limitByIp("contact-draft", 10, 600);
  // ruleid: mass-assignment
  await db.insert(contactMessages).values(Object.fromEntries(formData) as typeof contactMessages.$inferInsert);
  return { ok: true };
}
