"use server";

import { z } from "zod";
import { contactSchema } from "@/lib/validation/yup";
import { sendMail } from "@/lib/notify/mailer";
import { checkRateLimit, clientIp, mailLimiter } from "@/lib/rate-limit";
import { legacyPool } from "@/lib/db/mysql";
import { publicLimitedClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendContactMessage(formData: FormData) {
  const data = await contactSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  await checkRateLimit(`contact:${await clientIp()}`, mailLimiter);
  await sendMail("federation@fernbank.garden", `Contact from ${data.name}`, `${data.email}\n\n${data.message}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function subscribeNewsletter(formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  // ok: sql-injection
  await legacyPool.execute("INSERT IGNORE INTO newsletter_subscribers (email, subscribed_at) VALUES (?, NOW())", [email]);
  await sendMail(email, "You're on the Fernbank newsletter", "Thanks for subscribing. Unsubscribe any time.");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const gardenInterestForm = publicLimitedClient
  .metadata({ name: "garden.interest" })
  .schema(z.object({ gardenSlug: z.string().max(60), email: z.string().email(), message: z.string().max(1000) }))
  .action(async ({ parsedInput }) => {
    const garden = await prisma.garden.findUnique({ where: { slug: parsedInput.gardenSlug }, select: { name: true, isPublic: true } });
    if (!garden?.isPublic) return { ok: true };
    await sendMail("coordinators@fernbank.garden", `Interest in ${garden.name}`, `${parsedInput.email}: ${parsedInput.message}`);
    return { ok: true };
  });
