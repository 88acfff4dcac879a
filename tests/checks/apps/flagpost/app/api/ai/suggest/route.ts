import { streamText } from "ai";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { aj } from "@/lib/arcjet";
import { suggestionModel, RULES_SYSTEM_PROMPT } from "@/lib/ai";

const Body = z.object({ goal: z.string().min(10).max(1000), attributes: z.array(z.string().max(64)).max(50) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return new Response("Unauthorized", { status: 401 });
  const decision = await aj.protect(req);
  if (decision.isDenied()) return new Response("Too many requests", { status: 429 });
  const body = Body.parse(await req.json());
  const result = streamText({
    model: suggestionModel,
    system: RULES_SYSTEM_PROMPT,
    prompt: `Goal: ${body.goal}\nAvailable attributes: ${body.attributes.join(", ")}`,
  });
  return result.toDataStreamResponse();
}
