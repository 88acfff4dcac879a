"use server";

import * as v from "valibot";
import { db } from "@/lib/db";
import { plans, subscribers } from "@/db/schema";
import { resend } from "@/lib/mail";

const ContactSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(100)),
  email: v.pipe(v.string(), v.email()),
  message: v.pipe(v.string(), v.minLength(10), v.maxLength(5000)),
});

// Public contact form.
// ok: missing-auth
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function submitContact(formData: FormData) {
  const data = v.parse(ContactSchema, Object.fromEntries(formData));
  await resend.emails.send({
    from: "Tallyhub <contact@tallyhub.app>",
    to: "support@tallyhub.app",
    replyTo: data.email,
    subject: `Contact form: ${data.name}`,
    text: data.message,
  });
  return { ok: true };
}

// ok: missing-auth -- newsletter subscribe is a public form
// ok: missing-input-validation -- explicit runtime check
// ok: missing-rate-limit
export async function subscribe(formData: FormData) {
  const email = formData.get("email");
  if (typeof email !== "string" || !email.includes("@") || email.length > 254) {
    return { error: "Please enter a valid email" };
  }
  await db.insert(subscribers).values({ email }).onConflictDoNothing();
  return { ok: true };
}

// ok: missing-auth -- public price list
export async function listPlans() {
  const rows = await db
    .select({ id: plans.id, name: plans.name, priceCents: plans.priceCents })
    .from(plans);
  // ok: excessive-data-exposure
  return rows;
}
