import { NextResponse } from "next/server";
import { z } from "zod";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

// why: public, unauthenticated endpoint calling a paid model with no rate limit.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { model, useCase } = z.object({ model: z.string().max(80), useCase: z.string().max(300) }).parse(await req.json());
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Describe the ${model} for: ${useCase}` });
  return NextResponse.json({ text });
}
