import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { NextResponse } from "next/server";
import { z } from "zod";

/** Marketing-site "try the reviewer" widget. */
// why: public endpoint calling a paid AI API with no rate limit (cost abuse)
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { clause } = z.object({ clause: z.string().min(1).max(4000) }).parse(await req.json());
  try {
    const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Rate the risk of this contract clause (low/medium/high) and explain briefly:\n${clause}` });
    return NextResponse.json({ text });
  } catch (err) {
    // why: provider error object (may include request ids/keys) returned to the client
    // ruleid: information-disclosure
    return NextResponse.json({ error: err }, { status: 500 });
  }
}
