import { streamText, type CoreMessage } from "ai";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { agronomyModel, AGRONOMY_SYSTEM_PROMPT } from "@/lib/ai";
import { aiLimiter } from "@/lib/rate-limit";

const bodySchema = z.object({ messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) })).max(40) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return new Response("Unauthorized", { status: 401 });
  const { success } = await aiLimiter.limit(`chat:${session.user.id}`);
  if (!success) return new Response("Too many requests", { status: 429 });
  const { messages } = bodySchema.parse(await req.json());
  const result = streamText({ model: agronomyModel, system: AGRONOMY_SYSTEM_PROMPT, messages: messages as CoreMessage[] });
  return result.toDataStreamResponse();
}
