import { NextResponse } from "next/server";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";

// Landing-page demo: "describe your product, get an HS code".
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { description } = await req.json();
  if (typeof description !== "string" || description.length > 500) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Suggest the most likely 6-digit HS code for: ${description}` });
  return result.toDataStreamResponse();
}
