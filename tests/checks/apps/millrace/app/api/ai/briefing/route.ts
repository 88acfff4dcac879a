import { NextResponse } from "next/server";
import { z } from "zod";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

// Marketing demo on the homepage.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { machine } = z.object({ machine: z.string().max(40) }).parse(await req.json());
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Two-line safety tip for a ${machine}.` });
  return NextResponse.json({ text });
}
