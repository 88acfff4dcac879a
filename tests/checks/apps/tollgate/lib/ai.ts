import { generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

const suggestionSchema = z.object({
  suggestions: z.array(z.object({ hsCode: z.string(), confidence: z.number(), reason: z.string() })).max(5),
});

export async function suggestHsCodes(description: string, origin?: string) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: suggestionSchema,
    prompt: `Suggest up to 5 HS codes (6 digits) for: ${description}${origin ? ` (origin ${origin})` : ""}`,
  });
  return object.suggestions;
}
