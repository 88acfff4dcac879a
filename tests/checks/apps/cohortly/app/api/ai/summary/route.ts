import { NextResponse } from "next/server";
import { z } from "zod";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { auth } from "@/auth";
import { ratelimit } from "@/lib/ratelimit";

const bodySchema = z.object({ text: z.string().min(20).max(20_000) });

// Public "simplify this consent form" tool on the marketing site.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { text } = bodySchema.parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), system: "Explain this consent form in plain language.", prompt: text });
  return result.toDataStreamResponse();
}

// Same tool for signed-in staff, throttled anyway.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function PUT(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { success } = await ratelimit.limit(`ai:${session.user.id}`);
  if (!success) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  const { text } = bodySchema.parse(await req.json());
  const result = streamText({ model: openai("gpt-4o"), system: "Rewrite for a study protocol summary.", prompt: text });
  return result.toDataStreamResponse();
}
