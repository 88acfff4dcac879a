"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { publicLimitedClient } from "@/lib/safe-action";
import { sendEmail } from "@/lib/mail";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const submitContactForm = publicLimitedClient
  .metadata({ actionName: "public.contact" })
  .inputSchema(z.object({ name: z.string().min(1).max(120), email: z.string().email(), message: z.string().min(10).max(5000) }))
  .action(async ({ parsedInput }) => {
    await sendEmail({ to: "hello@relayhub.org", replyTo: parsedInput.email, subject: `Contact: ${parsedInput.name}`, html: parsedInput.message });
    return { ok: true };
  });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function subscribeToNewsletter(formData: FormData) {
  const email = formData.get("email");
  if (typeof email !== "string" || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.length > 254) {
    return { error: "Enter a valid email address." };
  }
  await prisma.consentRecord.create({ data: { donorId: `newsletter:${email.toLowerCase()}`, channel: "email", granted: true, source: "newsletter-form" } });
  await sendEmail({ to: email, subject: "Confirm your subscription", html: "<p>Thanks for subscribing to Relayhub news.</p>" });
  return { ok: true };
}
