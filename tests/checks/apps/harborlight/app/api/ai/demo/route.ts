import { NextResponse } from "next/server";
import { z } from "zod";
import { openai } from "@/lib/ai";

// Landing-page demo: anonymous on purpose, but it spends OpenAI credits.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { text } = z.object({ text: z.string().min(5).max(600) }).parse(await req.json());
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Quote this boat repair roughly: ${text}` }] });
  return NextResponse.json({ answer: completion.choices[0]?.message?.content ?? "" });
}
