import { streamText, type CoreMessage } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

export const maxDuration = 30;

/** Grant-writer chat widget (embedded on the public "Apply" pages). */
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { messages } = z.object({ messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) })).max(30) }).parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), system: "You are a helpful grant-writing assistant.", messages: messages as CoreMessage[] });
  return result.toDataStreamResponse();
}
