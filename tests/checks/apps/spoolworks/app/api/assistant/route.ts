import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { ratelimit } from "@/lib/rate-limit";

const Body = z.object({ messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) })).max(30) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const { success } = await ratelimit.limit(`assistant:${user.id}`);
  if (!success) return new Response("Too many requests", { status: 429 });
  const { messages } = Body.parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), system: "You help makers pick slicer settings.", messages });
  return result.toDataStreamResponse();
}
