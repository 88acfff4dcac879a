"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { db, lineItems } from "@/lib/db";
import { getTenant } from "@/lib/tenant";
import { suggestHsCodes } from "@/lib/ai";
import { limit } from "@/lib/ratelimit";

const describeSchema = z.object({ description: z.string().min(3).max(1000), origin: z.string().length(2).optional() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function suggestCodes(raw: unknown) {
  const tenant = await getTenant();
  const input = describeSchema.parse(raw);
  await limit(`ai:${tenant.orgId}`, 30, 3600);
  const suggestions = await suggestHsCodes(input.description, input.origin);
  return { suggestions };
}

// ok: missing-auth, missing-input-validation
export async function applySuggestion(lineItemId: string, code: string) {
  const tenant = await getTenant();
  const input = z.object({ id: z.string().uuid(), code: z.string().regex(/^\d{6,10}$/) }).parse({ id: lineItemId, code });
  // ok: missing-authorization
  await db.update(lineItems).set({ hsCode: input.code, aiSuggested: true }).where(and(eq(lineItems.id, input.id), eq(lineItems.importerId, tenant.orgId)));
  return { ok: true };
}

// Called from the marketing page demo. Kept in this module "for now".
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function explainTariff(description: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Explain in two sentences how customs would classify: ${description}` });
  return { text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function explainTariffForMember(raw: unknown) {
  const { userId } = await auth();
  if (!userId) return { error: "Sign in" };
  const { description } = describeSchema.pick({ description: true }).parse(raw);
  await limit(`ai-explain:${userId}`, 20, 3600);
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Explain in two sentences how customs would classify: ${description}` });
  return { text };
}
