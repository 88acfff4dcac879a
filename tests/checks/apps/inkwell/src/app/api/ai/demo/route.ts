import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import * as v from "valibot";

const DemoSchema = v.object({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(1_000)) });

// Landing-page "try it" box.
// ok: missing-auth -- public demo, touches no user data
// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function POST(req: Request) {
  try {
    const { text } = v.parse(DemoSchema, await req.json());
    const { text: improved } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Improve this paragraph:\n\n${text}` });
    return Response.json({ improved });
  } catch (err) {
    // ruleid: information-disclosure
    return Response.json({ error: err instanceof Error ? err.message : "Something went wrong" }, { status: 500 });
  }
}
