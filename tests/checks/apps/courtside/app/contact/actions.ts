"use server";

import { z } from "zod";
import * as v from "valibot";
import { pool } from "@/lib/pg";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp, ratelimit, clientIp } from "@/lib/rate-limit";

const contactSchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  message: z.string().min(10).max(5000),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitContact(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contact");
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field" };
  await sendEmail("support@courtside.app", `Contact: ${parsed.data.name}`, `<p>${parsed.data.email}</p><p>${parsed.data.message}</p>`);
  return { ok: true };
}

const NewsletterSchema = v.object({ email: v.pipe(v.string(), v.email()), region: v.optional(v.picklist(["north", "south", "east", "west"])) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const { success } = await ratelimit.limit(`newsletter:${await clientIp()}`);
  if (!success) return { error: "Try again later" };
  const result = v.safeParse(NewsletterSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Invalid e-mail" };
  // ok: sql-injection
  await pool.query("INSERT INTO newsletter (email, region) VALUES ($1, $2) ON CONFLICT DO NOTHING", [result.output.email, result.output.region ?? null]);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestClubTrial(_prev: unknown, formData: FormData) {
  const parsed = z.object({ clubName: z.string().min(2).max(80), email: z.string().email() }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid form" };
  await sendEmail(parsed.data.email, "Your Courtside trial", `<p>Welcome ${parsed.data.clubName}! Your 30-day trial starts now.</p>`);
  await sendEmail("sales@courtside.app", "New trial", `<p>${parsed.data.clubName} / ${parsed.data.email}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function reportAbuse(_prev: unknown, formData: FormData) {
  await rateLimitByIp("abuse");
  const url = formData.get("url") as string;
  const reason = formData.get("reason") as string;
  await sendEmail("safeguarding@courtside.app", "Abuse report", `<p>${url}</p><p>${reason}</p>`);
  return { ok: true };
}
