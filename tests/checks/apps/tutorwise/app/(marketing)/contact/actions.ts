"use server";

import * as yup from "yup";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sql } from "@/lib/db/sql";

const contactSchema = yup.object({
  name: yup.string().max(80).required(),
  email: yup.string().email().required(),
  message: yup.string().max(4000).required(),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitContact(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contact", 3);
  const data = await contactSchema.validate(Object.fromEntries(formData));
  await sendEmail("support@tutorwise.app", `Contact from ${data.name}`, `<p>${data.email}</p><p>${data.message}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  await rateLimitByIp("newsletter", 5);
  const email = formData.get("email");
  if (typeof email !== "string" || !email.includes("@")) return { error: "Enter a valid email" };
  // ok: sql-injection
  await sql`INSERT INTO newsletter (email) VALUES (${email}) ON CONFLICT DO NOTHING`;
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function requestTutorCallback(_prev: unknown, formData: FormData) {
  const data = await yup.object({ phone: yup.string().matches(/^\+?[0-9 ]{6,20}$/).required(), subject: yup.string().max(60).required() }).validate(Object.fromEntries(formData));
  await sendEmail("sales@tutorwise.app", "Callback request", `<p>${data.phone} – ${data.subject}</p>`);
  return { ok: true };
}

// ruleid: missing-input-validation
// todook: missing-auth
export async function unsubscribe(email: string) {
  // ok: sql-injection
  await sql`DELETE FROM newsletter WHERE email = ${email}`;
  return { ok: true };
}
