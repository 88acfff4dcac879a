import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return new Response("Unauthorized", { status: 401 });
  const { messages } = z.object({ messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) })).max(30) }).parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), system: "You are Shiftwise's manager assistant.", messages });
  return result.toDataStreamResponse();
}
