import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

const Body = z.object({ prompt: z.string().min(3).max(1000) });

// Landing-page demo of the slicer assistant.
// why: anonymous endpoint streaming from a paid model with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return new Response("Bad request", { status: 400 });
  const result = streamText({ model: openai("gpt-4o-mini"), system: "Short answers about 3D printing settings.", prompt: parsed.data.prompt, maxTokens: 300 });
  return result.toDataStreamResponse();
}
