import { NextResponse } from "next/server";
import { z } from "zod";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { auth } from "@/auth";
import { ratelimit } from "@/lib/rate-limit";
import { logger } from "@/lib/audit";

const Body = z.object({ text: z.string().min(1).max(10_000), source: z.string().length(2), target: z.string().length(2) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { success } = await ratelimit.limit(`ai:${session.user.id}`);
  if (!success) return NextResponse.json({ error: "Rate limited" }, { status: 429 });
  const body = Body.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "Invalid request" }, { status: 400 });
  try {
    const result = streamText({ model: openai("gpt-4o-mini"), system: `Translate ${body.data.source} to ${body.data.target}.`, prompt: body.data.text });
    return result.toTextStreamResponse();
  } catch (err) {
    logger.error({ err }, "ai translate failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Translation failed" }, { status: 502 });
  }
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = Body.parse(await req.json());
  try {
    const result = streamText({ model: openai("gpt-4o-mini"), prompt: body.text });
    return result.toTextStreamResponse();
  } catch (err: any) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: err.message, stack: err.stack }, { status: 500 });
  }
}
