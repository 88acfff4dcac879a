"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sql } from "@vercel/postgres";

const Contact = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email(),
  company: z.string().max(120).optional(),
  message: z.string().min(10).max(5000),
  topic: z.enum(["sales", "host", "support", "press"]),
});

// Public contact form on chargebay.io.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function submitContact(_prev: unknown, formData: FormData) {
  const parsed = Contact.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in all required fields." };
  await rateLimitByIp("contact");
  const { name, email, company, message, topic } = parsed.data;
  // ok: sql-injection
  await sql`INSERT INTO contact_requests (name, email, company, message, topic) VALUES (${name}, ${email}, ${company ?? null}, ${message}, ${topic})`;
  await sendEmail({ to: `${topic}@chargebay.io`, replyTo: email, subject: `[${topic}] ${name} — ${company ?? "individual"}`, html: `<pre>${message}</pre>` });
  // ok: information-disclosure
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const parsed = z.object({ email: z.string().email() }).safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid e-mail." };
  // ok: sql-injection
  await sql`INSERT INTO newsletter (email) VALUES (${parsed.data.email}) ON CONFLICT DO NOTHING`;
  await sendEmail({ to: parsed.data.email, subject: "Welcome to the Chargebay newsletter", html: "<p>Thanks for subscribing!</p>" });
  return { ok: true };
}

// "Host a charger" lead form for parking garages, hotels and retailers.
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function requestHostingInfo(_prev: unknown, formData: FormData) {
  await rateLimitByIp("hosting-lead");
  const lead = {
    company: String(formData.get("company")),
    email: String(formData.get("email")),
    bays: Number(formData.get("bays")),
    address: String(formData.get("address")),
  };
  await prisma.$executeRaw`INSERT INTO host_leads (company, email, bays, address) VALUES (${lead.company}, ${lead.email}, ${lead.bays}, ${lead.address})`;
  await sendEmail({ to: lead.email, subject: "Thanks for your interest in hosting Chargebay chargers", html: "<p>Our team will be in touch within two business days.</p>" });
  return { ok: true };
}
