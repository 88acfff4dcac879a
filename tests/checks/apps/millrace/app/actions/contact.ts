"use server";

import { headers } from "next/headers";
import { contactSchema } from "@/lib/validators";
import { sendMail } from "@/lib/mailer";
import { ratelimit } from "@/lib/ratelimit";
import { publicLimitedAction, actionClient } from "@/lib/safe-action";
import { pg } from "@/lib/db";
import { z } from "zod";

// Public contact form: meant to be anonymous.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendContactMessage(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`contact:${ip}`);
  if (!success) return { error: "Too many messages, try later." };
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };
  await sendMail("desk@millrace.space", `Contact from ${parsed.data.name}`, parsed.data.message);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestTour(_prev: unknown, formData: FormData) {
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };
  await sendMail(parsed.data.email, "Your Millrace tour", "<p>See you Saturday at 10.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const subscribeNewsletter = publicLimitedAction
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput }) => {
    // ok: sql-injection
    await pg`INSERT INTO newsletter (email) VALUES (${parsedInput.email}) ON CONFLICT DO NOTHING`;
    await sendMail(parsedInput.email, "Welcome to the Millrace newsletter", "<p>Thanks!</p>");
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-rate-limit
export const inviteFriend = actionClient
  .schema(z.object({ email: z.string().email(), from: z.string().max(60) }))
  .action(async ({ parsedInput }) => {
    await sendMail(parsedInput.email, `${parsedInput.from} invited you to Millrace`, "<p>Come make things.</p>");
    return { ok: true };
  });

// ok: missing-rate-limit
// ruleid: missing-auth -- by address alone anyone opts anyone out (rules-spec: an unsubscribe with no link token is no public form)
// ruleid: missing-input-validation
export async function unsubscribe(email: string) {
  // ok: sql-injection
  await pg`DELETE FROM newsletter WHERE email = ${email}`;
  return { ok: true };
}
