"use server";

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function suggestRecipe(ingredients: string) {
  await rateLimitByIp("recipes");
  const list = z.string().min(3).max(500).parse(ingredients);
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Suggest a simple recipe using: ${list}` });
  return { text };
}

// Added for the "what can I cook with my pantry box" widget.
// why: unauthenticated paid AI call with no rate limit (cost abuse)
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function suggestMealPlan(boxContents: string) {
  const list = z.string().min(3).max(2000).parse(boxContents);
  const { text } = await generateText({ model: openai("gpt-4o"), prompt: `Make a 3-day meal plan from: ${list}` });
  return { text };
}
