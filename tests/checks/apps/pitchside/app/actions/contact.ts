"use server";

import { z } from "zod";
import * as v from "valibot";
import { sendEmail } from "@/lib/email";
import { rateLimit, clientIp } from "@/lib/ratelimit";
import { adminSupabase } from "@/lib/supabase/admin";

const contactSchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  message: z.string().min(10).max(4000),
});

// public form
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendContactMessage(_prev: unknown, formData: FormData) {
  await rateLimit(`contact:${await clientIp()}`, 3, 600);
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field" };
  await sendEmail("office@pitchside.app", `Contact from ${parsed.data.name}`, `<p>${parsed.data.email}</p><p>${parsed.data.message}</p>`);
  return { ok: true };
}

// public: follow a league's schedule by email
// ok: missing-input-validation // todook: missing-auth -- known gap (pass 37, J): a public follow-by-email form, a newsletter subscribe in all but name
// ruleid: missing-rate-limit
export async function followSchedule(formData: FormData) {
  const input = v.parse(
    v.object({ email: v.pipe(v.string(), v.email()), leagueSlug: v.pipe(v.string(), v.regex(/^[a-z0-9-]{3,40}$/)) }),
    { email: formData.get("email"), leagueSlug: formData.get("leagueSlug") },
  );
  await adminSupabase.from("schedule_followers").upsert({ email: input.email, league_slug: input.leagueSlug });
  await sendEmail(input.email, "You're following the schedule", `<p>We'll email you when ${input.leagueSlug} posts scores.</p>`);
  return { ok: true };
}
