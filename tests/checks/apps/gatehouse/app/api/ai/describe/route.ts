import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { auth } from "@clerk/nextjs/server";
import { DESCRIPTION_SYSTEM_PROMPT } from "@/lib/ai";

export const maxDuration = 30;

// Streaming "write it for me" used by the event editor.
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { userId } = await auth();
  const { prompt } = (await req.json()) as { prompt: string };

  const result = streamText({
    model: openai("gpt-4o"),
    system: DESCRIPTION_SYSTEM_PROMPT,
    prompt: String(prompt).slice(0, 2000),
    headers: userId ? { "x-gatehouse-user": userId } : undefined,
  });
  return result.toDataStreamResponse();
}
