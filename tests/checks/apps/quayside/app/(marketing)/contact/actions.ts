"use server";

import { z } from "zod";
import { getEm } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";
import { sendMail } from "@/lib/mail";
import { slidingWindow, clientIp } from "@/lib/rate-limit";
import { ContactSchema } from "@/lib/validation/schemas";

type State = { ok?: boolean; error?: string };

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function submitContact(_prev: State, formData: FormData): Promise<State> {
  const parsed = ContactSchema.safeParse(Object.fromEntries(formData));
  // ok: information-disclosure
  if (!parsed.success) return { error: "Please check the form." };
  await sendMail({
    to: "sales@quayside.app",
    subject: `Demo request from ${parsed.data.name}${parsed.data.marina ? ` (${parsed.data.marina})` : ""}`,
    html: `<p>${parsed.data.email}</p><p>${parsed.data.message}</p>`,
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ok: missing-rate-limit
export async function subscribeNewsletter(_prev: State, formData: FormData): Promise<State> {
  if (!slidingWindow(`nl:${await clientIp()}`, 5, 60 * 60_000)) return { error: "Too many requests." };
  const parsed = z.object({ email: z.string().email().max(200) }).safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email address." };
  // ok: sql-injection
  await sql`insert into newsletter_subscribers (email) values (${parsed.data.email.toLowerCase()}) on conflict do nothing`;
  await sendMail({ to: parsed.data.email, subject: "You're on the Quayside list", html: "<p>Thanks for subscribing.</p>", stream: "broadcast" });
  return { ok: true };
}

// ok: missing-input-validation
// ok: missing-auth
export async function trackPricingView() {
  const em = await getEm();
  // ok: sql-injection
  await em.execute(`update marketing_counters set value = value + 1 where key = 'pricing_views'`);
}
