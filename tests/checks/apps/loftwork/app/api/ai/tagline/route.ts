import { NextResponse } from "next/server";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { city } = (await req.json()) as { city?: string };
  const { text } = await generateText({
    model: openai("gpt-4o"),
    prompt: `Write a one-line tagline for a coworking space in ${String(city ?? "Berlin").slice(0, 60)}.`,
  });
  return NextResponse.json({ tagline: text });
}
