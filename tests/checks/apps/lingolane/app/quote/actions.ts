"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { limitedActionClient, actionClient } from "@/lib/safe-action";
import { sendMail } from "@/lib/mailer";
import { preTranslate } from "@/lib/ai";
import { rateLimitByIp } from "@/lib/rate-limit";

const quoteSchema = z.object({
  email: z.string().email(),
  company: z.string().max(120).optional(),
  sourceLang: z.string().length(2),
  targetLang: z.string().length(2),
  wordCount: z.coerce.number().int().min(1).max(5_000_000),
});

// Public quote form: no account needed.
// ok: missing-input-validation, missing-rate-limit
// todook: missing-auth
export const requestQuote = limitedActionClient.metadata({ name: "quote" }).schema(quoteSchema).action(async ({ parsedInput }) => {
  // ok: mass-assignment
  const q = await prisma.quote.create({ data: parsedInput, select: { id: true } });
  const estimate = Math.round(parsedInput.wordCount * 0.12 * 100);
  await sendMail(parsedInput.email, "Your Lingolane quote", `Estimated price: €${(estimate / 100).toFixed(2)}`);
  return { quoteId: q.id, estimateCents: estimate };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const quoteSample = actionClient.schema(z.object({ text: z.string().max(500), target: z.string().length(2) })).action(async ({ parsedInput }) => {
  // Public "see a sample translation" widget.
  return { sample: await preTranslate(parsedInput.text, "auto", parsedInput.target) };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const email = z.string().email().safeParse(formData.get("email"));
  if (!email.success) return { error: "Invalid email" };
  await rateLimitByIp("newsletter", 3);
  await prisma.$executeRaw`INSERT INTO newsletter (email) VALUES (${email.data}) ON CONFLICT DO NOTHING`;
  await sendMail(email.data, "You're subscribed", "Thanks for subscribing to Lingolane news.");
  return { ok: true };
}
