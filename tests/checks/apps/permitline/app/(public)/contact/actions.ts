"use server";

import { z } from "zod";
import { sendEmail } from "@/lib/email";
import { rateLimitByIp } from "@/lib/ratelimit";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function contactPermitDesk(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contact");
  const input = z
    .object({ name: z.string().min(1).max(120), email: z.string().email(), message: z.string().min(5).max(5000), municipality: z.string().regex(/^[a-z0-9-]{3,40}$/) })
    .parse(Object.fromEntries(formData));
  const m = await prisma.municipality.findUnique({ where: { slug: input.municipality }, select: { name: true } });
  await sendEmail("permits@permitline.gov", `[${m?.name ?? input.municipality}] Contact from ${input.name}`, `${input.email}\n\n${input.message}`);
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function subscribeToPermitAlerts(formData: FormData) {
  const input = z.object({ email: z.string().email(), parcelId: z.string().regex(/^[0-9-]{6,20}$/) }).parse(Object.fromEntries(formData));
  // ok: sql-injection
  await sql`INSERT INTO parcel_subscriptions (email, parcel_id) VALUES (${input.email}, ${input.parcelId}) ON CONFLICT DO NOTHING`;
  await sendEmail(input.email, "You're subscribed", `You'll get an email when a permit is filed on parcel ${input.parcelId}.`);
  return { ok: true };
}

// ok: missing-rate-limit
// ruleid: missing-input-validation
// todook: missing-auth -- ambiguous: unsubscribe is not named by rule 1's public-form exemption
export async function unsubscribe(email: string, parcelId: string) {
  // ok: sql-injection
  await sql`DELETE FROM parcel_subscriptions WHERE email = ${email} AND parcel_id = ${parcelId}`;
  return { ok: true };
}
