"use server";

import { z } from "zod";
import { nanoid } from "nanoid";
import { db, schema } from "@/lib/db/drizzle";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";
import { withOptionalUser } from "@/lib/wrappers";
import { eq } from "drizzle-orm";

const Quote = z.object({
  email: z.string().email(),
  company: z.string().max(120).optional(),
  category: z.enum(["excavator", "telehandler", "roller", "generator", "scissor_lift", "dumper"]),
  days: z.coerce.number().int().min(1).max(365),
  message: z.string().max(2000).optional(),
});

// ok: missing-input-validation, missing-rate-limit
// ok: missing-auth
export async function requestQuote(prev: unknown, formData: FormData) {
  await rateLimitByIp("quote");
  const input = Quote.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await db.insert(schema.quotes).values({ id: nanoid(), ...input });
  await sendMail("sales@quarrylane.io", `Quote request: ${input.category}`, `${input.email} / ${input.days} days`);
  return { ok: true };
}

// why: public form that emails the sales team without any rate limit.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function contactSales(prev: unknown, formData: FormData) {
  const input = z.object({ email: z.string().email(), message: z.string().min(5).max(2000) }).parse(Object.fromEntries(formData));
  await sendMail("sales@quarrylane.io", "Contact form", `${input.email}: ${input.message}`);
  return { ok: true };
}

// why: the raw form object is inserted (handled flag included) without validation; public form without rate limit.
// ruleid: missing-input-validation, missing-rate-limit
// todook: missing-auth
export const requestQuoteWidget = withOptionalUser(async (userId, formData: FormData) => {
  const values = Object.fromEntries(formData) as any;
  // ruleid: mass-assignment
  await db.insert(schema.quotes).values({ id: nanoid(), ...values });
  await sendMail("sales@quarrylane.io", "Widget quote", JSON.stringify(values));
});

// why: withOptionalUser never rejects anonymous callers; this marks any quote handled.
// ok: missing-input-validation
// ruleid: missing-auth
export const markQuoteHandled = withOptionalUser(async (userId, quoteId: string) => {
  if (typeof quoteId !== "string") return;
  await db.update(schema.quotes).set({ handled: true }).where(eq(schema.quotes.id, quoteId));
});
