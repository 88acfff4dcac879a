"use server";

import { z } from "zod";
import { publicFormClient, actionClient } from "@/lib/safe-action";
import { sendMail } from "@/lib/mail";
import { withTiming } from "@/lib/with-tenant";
import { sql } from "@vercel/postgres";

const contactSchema = z.object({ name: z.string().min(1).max(80), email: z.string().email(), message: z.string().min(5).max(4000) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const contactCoop = publicFormClient
  .metadata({ name: "contact" })
  .schema(contactSchema)
  .action(async ({ parsedInput }) => {
    await sendMail("hello@tidewell.coop", `Contact from ${parsedInput.name}`, `<p>${parsedInput.message}</p><p>${parsedInput.email}</p>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const requestCallback = actionClient
  .metadata({ name: "callback" })
  .schema(z.object({ phone: z.string().regex(/^\+?[0-9 ]{7,20}$/), email: z.string().email() }))
  .action(async ({ parsedInput }) => {
    await sendMail(parsedInput.email, "We'll call you back", `<p>We will call ${parsedInput.phone} within two working days.</p>`);
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export const tellAFriend = withTiming("tell-a-friend", async (formData: FormData) => {
  const to = formData.get("friendEmail") as string;
  await sendMail(to, "Your friend thinks you'd like community solar", "<p>Join the Tidewell waitlist.</p>");
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribeNewsletter(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  // ok: sql-injection
  await sql`INSERT INTO newsletter (email) VALUES (${email}) ON CONFLICT DO NOTHING`;
  return { ok: true };
}
