import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { auth } from "~/auth";
import { ratelimit } from "~/lib/rate-limit";

const Body = z.object({ prompt: z.string().min(1).max(8_000) });

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) {
    return new Response("Unauthorized", { status: 401 });
  }
  const { success } = await ratelimit.limit(`ai:${session.user.id}`);
  if (!success) {
    return new Response("Too many requests", { status: 429 });
  }
  const { prompt } = Body.parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), system: "You are a helpful writing assistant.", prompt });
  return result.toDataStreamResponse();
}
