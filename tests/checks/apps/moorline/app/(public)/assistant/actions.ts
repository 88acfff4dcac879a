"use server";

import { z } from "zod";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { rateLimitByIp } from "@/lib/rate-limit";

const askSchema = z.object({ question: z.string().min(3).max(500) });

/** "Ask the harbour" assistant on the public marina pages. */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function askHarbourAssistant(input: z.infer<typeof askSchema>) {
  await rateLimitByIp("assistant", 20);
  const { question } = askSchema.parse(input);
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You answer visiting sailors' questions about marina facilities. Be brief.",
    prompt: question,
  });
  return { answer: text };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function suggestPassagePlan(from: string, to: string) {
  const input = z.object({ from: z.string().min(2).max(80), to: z.string().min(2).max(80) }).parse({ from, to });
  const { text } = await generateText({
    model: openai("gpt-4o"),
    prompt: `Suggest a coastal passage plan from ${input.from} to ${input.to} with waypoints and tidal gates.`,
  });
  return { plan: text };
}
