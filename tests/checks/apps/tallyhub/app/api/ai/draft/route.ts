import arcjet, { tokenBucket } from "@arcjet/next";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";

const aj = arcjet({
  key: process.env.ARCJET_KEY!,
  rules: [tokenBucket({ mode: "LIVE", refillRate: 5, interval: 60, capacity: 10 })],
});

// ok: missing-auth
// ok: missing-rate-limit -- arcjet token bucket first
export async function POST(req: Request) {
  const decision = await aj.protect(req, { requested: 1 });
  if (decision.isDenied()) {
    return Response.json({ error: "Too many requests" }, { status: 429 });
  }
  const { prompt } = (await req.json()) as { prompt: string };
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Draft a polite payment reminder. Context: ${prompt}` });
  return result.toDataStreamResponse();
}
