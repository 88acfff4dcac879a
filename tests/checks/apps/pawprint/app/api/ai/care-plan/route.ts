import { streamText } from "ai";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { carePlanModel } from "@/lib/ai";
import { ratelimit } from "@/lib/rate-limit";

const body = z.object({ prompt: z.string().min(1).max(4000) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return new Response("Unauthorized", { status: 401 });
  const { success } = await ratelimit.limit(`ai:${userId}`);
  if (!success) return new Response("Too many requests", { status: 429 });
  try {
    const { prompt } = body.parse(await req.json());
    const result = streamText({ model: carePlanModel, system: "You help pet sitters plan visits.", prompt });
    return result.toDataStreamResponse();
  } catch (error) {
    // ruleid: information-disclosure
    return Response.json({ error: (error as Error).message, stack: (error as Error).stack }, { status: 500 });
  }
}
