import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";

// Public "ask the plant doctor" widget on the federation landing page.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { question } = await req.json();
  if (typeof question !== "string" || question.length > 1000) return new Response("Bad request", { status: 400 });
  const result = streamText({ model: openai("gpt-4o-mini"), system: "You are a garden advisor.", prompt: question });
  return result.toDataStreamResponse();
}
