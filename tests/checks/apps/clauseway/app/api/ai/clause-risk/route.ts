import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { ratelimit } from "@/lib/rate-limit";

const bodySchema = z.object({ clause: z.string().min(1).max(8000), jurisdiction: z.string().max(40).optional() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return new Response("Unauthorized", { status: 401 });
  const { success } = await ratelimit.limit(`ai:${session.user.id}`);
  if (!success) return new Response("Slow down", { status: 429 });
  const { clause, jurisdiction } = bodySchema.parse(await req.json());
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: "Explain the legal risk of this clause for the customer in plain English.",
    prompt: `${jurisdiction ? `Jurisdiction: ${jurisdiction}\n` : ""}${clause}`,
  });
  return result.toDataStreamResponse();
}
