import { streamText } from "ai";
import { z } from "zod";
import { model } from "@/lib/ai";
import { auth } from "@/lib/auth";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return new Response("Unauthorized", { status: 401 });
  if (!(await rateLimitByKey(`ai-stream:${session.user.id}`, 60))) return new Response("Slow down", { status: 429 });
  const { prompt } = z.object({ prompt: z.string().min(5).max(4000) }).parse(await req.json());
  const result = streamText({ model, system: "You help organisers write event copy.", prompt });
  return result.toDataStreamResponse();
}
