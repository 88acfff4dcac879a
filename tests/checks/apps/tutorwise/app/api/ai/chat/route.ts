import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { auth } from "@clerk/nextjs/server";
import { ratelimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return new Response("Unauthorized", { status: 401 });
  const { success } = await ratelimit.limit(`chat:${userId}`);
  if (!success) return new Response("Slow down", { status: 429 });
  const { messages } = await req.json();
  if (!Array.isArray(messages) || messages.length > 40) return new Response("Bad body", { status: 400 });
  const result = streamText({ model: openai("gpt-4o-mini"), system: "You are TutorWise's homework helper.", messages });
  return result.toDataStreamResponse();
}
