"use server";

import { z } from "zod";
import { request } from "@arcjet/next";
import { aj } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/email";
import { sql } from "@vercel/postgres";

const contactSchema = z.object({ name: z.string().min(1).max(80), email: z.string().email(), message: z.string().min(10).max(5000) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitContact(_prev: { ok?: boolean; error?: string }, formData: FormData) {
  const decision = await aj.protect(await request(), { requested: 1 });
  if (decision.isDenied()) return { error: "Please try again later." };
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field." };
  await sendEmail({ to: "support@pawprint.pet", replyTo: parsed.data.email, subject: `Contact: ${parsed.data.name}`, html: `<p>${parsed.data.message}</p>` });
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function subscribeNewsletter(_prev: { ok?: boolean }, formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  // ok: sql-injection
  await sql`INSERT INTO newsletter_subscribers (email) VALUES (${email}) ON CONFLICT DO NOTHING`;
  await sendEmail({ to: email, subject: "You're on the Pawprint list 🐾", html: "<p>Thanks for subscribing!</p>" });
  return { ok: true };
}
