import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { getApiStaff } from "@/lib/api-auth";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: NextRequest) {
  const { user, response } = await getApiStaff();
  if (!user) return response;
  const { success } = await ratelimit.limit(`ai:${user.id}`);
  if (!success) return NextResponse.json({ error: "Rate limited" }, { status: 429 });
  const { text } = v.parse(v.object({ text: v.pipe(v.string(), v.maxLength(8000)) }), await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Simplify for parents:\n${text}` });
  return result.toDataStreamResponse();
}
