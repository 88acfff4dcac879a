import { streamText, type CoreMessage } from "ai";
import { openai } from "@ai-sdk/openai";

// Public "Ask Vetpoint" chat bubble on the marketing site.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { messages } = (await req.json()) as { messages: CoreMessage[] };
  if (!Array.isArray(messages) || messages.length > 20) return new Response("Bad request", { status: 400 });
  const result = streamText({ model: openai("gpt-4o"), system: "You are Vetpoint's assistant. Help people find a clinic and book.", messages });
  return result.toDataStreamResponse();
}
