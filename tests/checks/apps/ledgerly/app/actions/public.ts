"use server";

import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import * as yup from "yup";
import { z } from "zod";
import { turso } from "@/lib/db/turso";
import { sql } from "@/lib/db/neon";
import { postmark, sendMail } from "@/lib/mailer";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { secureCompare } from "@/lib/secure-compare";

const contactSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.string().email().max(200),
  company: z.string().max(120).optional(),
  message: z.string().trim().min(10).max(5000),
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function submitContactForm(_prev: unknown, formData: FormData) {
  const parsed = contactSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    company: formData.get("company") ?? undefined,
    message: formData.get("message"),
  });
  if (!parsed.success) return { error: "Please fill in your name, email and a message." };
  await postmark.sendEmail({
    From: "Ledgerly website <web@ledgerly.app>",
    To: "sales@ledgerly.app",
    ReplyTo: parsed.data.email,
    Subject: `Contact form: ${parsed.data.name}${parsed.data.company ? ` (${parsed.data.company})` : ""}`,
    TextBody: parsed.data.message,
  });
  return { ok: true };
}

const newsletterSchema = yup.string().trim().lowercase().email().max(200).required();

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const ip = clientIp(await headers());
  if (!checkRateLimit(`newsletter:${ip}`, { limit: 3, windowMs: 60 * 60 * 1000 })) return { error: "Please try again later." };
  let email: string;
  try {
    email = await newsletterSchema.validate(formData.get("email"));
  } catch {
    return { error: "Enter a valid email address." };
  }
  await turso.execute({ sql: "INSERT OR IGNORE INTO newsletter (email, created_at) VALUES (?, ?)", args: [email, new Date().toISOString()] });
  await sendMail(email, "You're on the Ledgerly list", "<p>Thanks for subscribing. One email a month, no more.</p>");
  return { ok: true };
}

// ok: missing-auth
export async function unsubscribe(email: string, signature: string) {
  // ok: timing-unsafe-comparison
  if (typeof email !== "string" || typeof signature !== "string" || email.length > 200) return { ok: false };
  const expected = createHmac("sha256", process.env.UNSUBSCRIBE_SECRET ?? "").update(email.toLowerCase()).digest("hex");
  // ok: timing-unsafe-comparison
  if (!secureCompare(signature, expected)) return { ok: false };
  await turso.execute({ sql: "DELETE FROM newsletter WHERE email = ?", args: [email.toLowerCase()] });
  return { ok: true };
}

// ok: missing-auth
export async function listPlans() {
  // ok: excessive-data-exposure
  const rows = await sql`SELECT id, name, price_cents, seats, features FROM plans WHERE is_public = true ORDER BY price_cents`;
  return rows;
}
