"use server";

import { z } from "zod";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { memberClient } from "@/lib/safe-action";
import { forecastProduction } from "@/lib/ai";
import { ratelimit } from "@/lib/ratelimit";
import { headers } from "next/headers";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const forecastMyArray = memberClient
  .metadata({ name: "ai.forecast" })
  .schema(z.object({ arrayName: z.string().max(80), history: z.array(z.number()).max(36) }))
  .action(async ({ parsedInput }) => {
    return { text: await forecastProduction(parsedInput.arrayName, parsedInput.history) };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function explainSolarForVisitor(question: string) {
  z.string().min(3).max(500).parse(question);
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Explain to a visitor of a solar co-op: ${question}` });
  return { text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function explainSolarThrottled(question: string) {
  z.string().min(3).max(500).parse(question);
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`ai:${ip}`);
  if (!success) return { error: "Please wait a minute." };
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Explain to a visitor of a solar co-op: ${question}` });
  return { text };
}
