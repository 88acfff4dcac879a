import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { aiLimiter } from "@/lib/ratelimit";

const body = z.object({ title: z.string().min(3).max(160), details: z.string().max(2000) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return new Response("Unauthorized", { status: 401 });
  const { success } = await aiLimiter.limit(session.user.id);
  if (!success) return new Response("Blurb limit reached for this hour", { status: 429 });
  const input = body.parse(await req.json());
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: "You write short, upbeat event blurbs for a coworking space. Max 80 words.",
    prompt: `Event: ${input.title}\nDetails: ${input.details}`,
  });
  return result.toDataStreamResponse();
}
