import { NextResponse } from "next/server";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

// Added for the public "explain this sample" widget on the outreach site.
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { text } = (await req.json()) as { text: string };
  const out = await generateText({ model: openai("gpt-4o-mini"), prompt: `Explain for a school visitor: ${String(text).slice(0, 4000)}` });
  return NextResponse.json({ summary: out.text });
}
