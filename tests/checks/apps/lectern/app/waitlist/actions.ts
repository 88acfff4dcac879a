"use server";

import { z } from "zod";
import { createHash } from "node:crypto";
import { connectMongo, Lead } from "@/lib/db/mongo";
import { sendEmail } from "@/lib/email";
import { ratelimit, clientIp } from "@/lib/ratelimit";

const LeadSchema = z.object({ email: z.string().email(), name: z.string().max(80).optional(), courseSlug: z.string().max(120) });

// PUBLIC waitlist / lead form on course landing pages.
// ok: missing-auth, missing-input-validation, mass-assignment
// ruleid: missing-rate-limit
export async function joinWaitlist(_prev: unknown, formData: FormData) {
  const lead = LeadSchema.safeParse(Object.fromEntries(formData));
  if (!lead.success) return { error: "Please enter a valid e-mail." };
  await connectMongo();
  await Lead.create({ ...lead.data, source: "landing" });
  await sendEmail({ to: lead.data.email, subject: "You're on the list", html: "We'll e-mail you when enrolment opens." });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, mass-assignment
export async function joinWaitlistLimited(_prev: unknown, formData: FormData) {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`waitlist:${ip}`);
  if (!success) return { error: "Too many requests." };
  const lead = LeadSchema.safeParse(Object.fromEntries(formData));
  if (!lead.success) return { error: "Please enter a valid e-mail." };
  await connectMongo();
  await Lead.create({ ...lead.data, source: "landing-v2", ipHash: createHash("sha256").update(ip).digest("hex") });
  await sendEmail({ to: lead.data.email, subject: "You're on the list", html: "We'll e-mail you when enrolment opens." });
  return { ok: true };
}

// Partner sites post leads directly.
// ok: missing-auth
// ruleid: missing-input-validation
export async function importLead(payload: Record<string, string>) {
  await connectMongo();
  // ruleid: mass-assignment
  await Lead.create(payload);
  return { ok: true };
}
