import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

// Public "plan my trip" assistant on the marketing site.
// why: unauthenticated endpoint streaming from a paid model with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { question } = z.object({ question: z.string().min(3).max(500) }).parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), system: "You help visitors choose between guided hikes and kayak trips.", prompt: question });
  return result.toDataStreamResponse();
}
