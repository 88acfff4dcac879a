"use server";

import { z } from "zod";
import { rateLimitedActionClient } from "@/lib/safe-action";
import { analytics } from "@/lib/db/mysql";
import { sendEmail } from "@/lib/email";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const submitContactForm = rateLimitedActionClient
  .metadata({ actionName: "contact" })
  .inputSchema(z.object({ name: z.string().min(1).max(80), email: z.string().email(), message: z.string().min(10).max(4000) }))
  .action(async ({ parsedInput }) => {
    await sendEmail(
      "support@flagpost.dev",
      `Contact form: ${parsedInput.name}`,
      `<p>From ${parsedInput.email}</p><pre>${parsedInput.message.replace(/</g, "&lt;")}</pre>`,
    );
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribeNewsletter(formData: FormData) {
  const email = formData.get("email");
  if (typeof email !== "string" || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    return { error: "Enter a valid email" };
  }
  // ok: sql-injection
  await analytics.execute("INSERT IGNORE INTO newsletter_subscribers (email, source) VALUES (?, ?)", [email, "site"]);
  return { ok: true };
}

// ruleid: missing-rate-limit
export async function requestDemo(formData: FormData) {
  const email = formData.get("email");
  const company = formData.get("company");
  if (typeof email !== "string" || !email.includes("@")) return { error: "Enter a work email" };
  if (typeof company !== "string" || company.length > 120) return { error: "Company name is too long" };
  await sendEmail("sales@flagpost.dev", `Demo request from ${company}`, `<p>${email}</p>`);
  await sendEmail(email, "Thanks for your interest in Flagpost", "<p>We'll be in touch within a day.</p>");
  return { ok: true };
}

// ok: missing-input-validation
// ok: missing-auth -- an anonymous page-view beacon appending a `page_events` row (public by design)
export async function trackPricingView(plan: string) {
  if (typeof plan !== "string" || plan.length > 20) return;
  // ruleid: sql-injection
  await analytics.query(`INSERT INTO page_events (page, plan, ts) VALUES ('pricing', '${plan}', NOW())`);
  logger.info({ plan }, "pricing view");
}
