import { streamText, type CoreMessage } from "ai";
import { z } from "zod";
import { supportModel, SUPPORT_SYSTEM_PROMPT } from "@/lib/ai";

export const maxDuration = 30;

const Body = z.object({ messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(2000) })).max(30) });

// Streaming endpoint behind the chat widget on the public help centre.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { messages } = Body.parse(await req.json());
  const result = streamText({ model: supportModel, system: SUPPORT_SYSTEM_PROMPT, messages: messages as CoreMessage[] });
  return result.toDataStreamResponse();
}
