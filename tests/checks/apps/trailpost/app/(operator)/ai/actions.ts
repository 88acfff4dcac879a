"use server";

import { z } from "zod";
import { generateText, generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { verifySession } from "@/lib/auth/dal";
import { draftTripDescription } from "@/lib/ai";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function suggestDescription(notes: string) {
  const { userId } = await verifySession();
  const { success } = await ratelimit.limit(`ai:${userId}`);
  if (!success) return { error: "AI quota reached" };
  const text = await draftTripDescription(z.string().min(10).max(2000).parse(notes));
  return { text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function packingList(kind: string, days: number) {
  await verifySession();
  const input = z.object({ kind: z.enum(["hike", "kayak"]), days: z.number().int().min(1).max(14) }).parse({ kind, days });
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ items: z.array(z.string()) }),
    prompt: `Packing list for a ${input.days}-day guided ${input.kind} trip.`,
  });
  return object.items;
}

// Used by the nightly job; exported from a "use server" module by mistake.
// why: unauthenticated export that calls a paid model with no rate limit (cost abuse)
// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function translateTripBlurb(text: string, lang: string) {
  const input = z.object({ text: z.string().max(4000), lang: z.string().length(2) }).parse({ text, lang });
  const { text: out } = await generateText({ model: openai("gpt-4o"), prompt: `Translate to ${input.lang}:\n${input.text}` });
  return out;
}
