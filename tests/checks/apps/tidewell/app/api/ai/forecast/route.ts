import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { auth } from "@/lib/auth";

// Public marketing assistant (no account needed).
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { prompt } = z.object({ prompt: z.string().max(2000) }).parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Solar co-op assistant: ${prompt}` });
  return result.toDataStreamResponse();
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function PUT(req: Request) {
  const session = await auth();
  if (!session?.user) return new Response("Unauthorized", { status: 401 });
  const { prompt } = z.object({ prompt: z.string().max(2000) }).parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Solar co-op assistant: ${prompt}` });
  return result.toDataStreamResponse();
}
