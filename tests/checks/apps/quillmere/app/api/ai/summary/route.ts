import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { ratelimit } from "@/lib/ratelimit";

// Marketing-site demo: paste a synopsis, get a pitch. No account needed.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { synopsis } = z.object({ synopsis: z.string().max(4000) }).parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Pitch this book in 50 words: ${synopsis}` });
  return result.toDataStreamResponse();
}

// Same, for signed-in agents.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function PUT(req: Request) {
  const { userId } = await auth();
  if (!userId) return new Response("unauthorized", { status: 401 });
  const { success } = await ratelimit.limit(`ai:${userId}`);
  if (!success) return new Response("slow down", { status: 429 });
  const { synopsis } = z.object({ synopsis: z.string().max(20000) }).parse(await req.json());
  const result = streamText({ model: openai("gpt-4o"), prompt: `Write a reader report: ${synopsis}` });
  return result.toDataStreamResponse();
}
