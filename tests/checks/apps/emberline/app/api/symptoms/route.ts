import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

// Streaming symptom checker for the public site.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { messages } = z.object({ messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(2000) })).max(20) }).parse(await req.json());
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: "You are a dental triage assistant. Never diagnose. Recommend calling the practice for pain, swelling or bleeding.",
    messages,
  });
  return result.toDataStreamResponse();
}
