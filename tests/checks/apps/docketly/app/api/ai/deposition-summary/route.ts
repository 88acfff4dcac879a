import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { aiLimiter } from "@/lib/ratelimit";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return new Response("unauthorized", { status: 401 });
  const { success } = await aiLimiter.limit(orgId);
  if (!success) return new Response("AI quota reached", { status: 429 });
  const { transcript } = z.object({ transcript: z.string().min(100).max(300_000) }).parse(await req.json());
  const result = streamText({ model: openai("gpt-4o"), system: "Summarise the deposition for trial prep.", prompt: transcript });
  return result.toDataStreamResponse();
}
