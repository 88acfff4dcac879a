import { openai } from "@ai-sdk/openai";
import { streamText } from "ai";
import { z } from "zod";
import { getOrgContext } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/permissions";
import { ratelimit } from "@/lib/rate-limit";

const Body = z.object({ messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(8000) })).max(20) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ctx = await getOrgContext();
  if (!hasRole(ctx, "tutor", "assessor")) return new Response("Forbidden", { status: 403 });
  const { success } = await ratelimit.limit(`ai-chat:${ctx.user.id}`);
  if (!success) return new Response("Too many requests", { status: 429 });
  const { messages } = Body.parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), system: "You are Tradecraft's feedback assistant for apprenticeship tutors.", messages });
  return result.toDataStreamResponse();
}
