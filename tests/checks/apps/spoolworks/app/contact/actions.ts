"use server";

import { z } from "zod";
import { throttledActionClient } from "@/lib/safe-action";
import { sendMail } from "@/lib/mailer";
import { createAdminClient } from "@/lib/supabase/admin";
import { sql } from "@/lib/db/postgres";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendContactMessage = throttledActionClient
  .metadata({ actionName: "contact" })
  .schema(z.object({ name: z.string().min(1).max(100), email: z.string().email(), message: z.string().min(10).max(5000) }))
  .action(async ({ parsedInput }) => {
    await sendMail("support@spoolworks.io", `Contact from ${parsedInput.name}`, `<p>${parsedInput.email}</p><p>${parsedInput.message}</p>`);
    return { sent: true };
  });

// why: newsletter signup sends a confirmation email to any address, no throttle
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const parsed = z.string().email().safeParse(formData.get("email"));
  if (!parsed.success) return { error: "Enter a valid email." };
  // ok: sql-injection
  await sql`insert into newsletter_subscribers (email) values (${parsed.data}) on conflict do nothing`;
  await sendMail(parsed.data, "Confirm your Spoolworks newsletter subscription", `<a href="${process.env.NEXT_PUBLIC_SITE_URL}/newsletter/confirm?e=${encodeURIComponent(parsed.data)}">Confirm</a>`);
  return { ok: true };
}

// Shop-request form on the landing page ("get your farm listed").
// why: public form that emails the sales team with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function requestShopListing(_prev: unknown, formData: FormData) {
  const data = z.object({ shopName: z.string().min(2).max(80), email: z.string().email(), printers: z.coerce.number().int().min(1).max(5000) }).parse(Object.fromEntries(formData));
  const admin = createAdminClient();
  // ok: mass-assignment
  await admin.from("listing_requests").insert({ shop_name: data.shopName, email: data.email, printers: data.printers });
  await sendMail("sales@spoolworks.io", "New shop listing request", `<p>${data.shopName} (${data.printers} printers) — ${data.email}</p>`);
  return { ok: true };
}
