import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

// Public: "translate this page" on the events site.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: NextRequest) {
  const { text, lang } = v.parse(v.object({ text: v.pipe(v.string(), v.maxLength(3000)), lang: v.picklist(["pl", "ro", "ur", "ar"]) }), await req.json());
  const { text: out } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Translate to ${lang}:\n${text}` });
  return NextResponse.json({ text: out });
}
