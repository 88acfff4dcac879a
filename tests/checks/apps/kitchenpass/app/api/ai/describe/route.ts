import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";

export const maxDuration = 30;

const Body = z.object({ dish: z.string().max(120), notes: z.string().max(500).optional() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return new Response("Unauthorized", { status: 401 });
  const body = Body.safeParse(await req.json());
  if (!body.success) return new Response("Bad request", { status: 400 });
  const result = streamText({
    model: openai("gpt-4o-mini"),
    prompt: `Write a menu description for ${body.data.dish}. ${body.data.notes ?? ""}`,
  });
  return result.toDataStreamResponse();
}
