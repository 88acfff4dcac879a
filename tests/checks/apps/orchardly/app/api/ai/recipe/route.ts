import { NextResponse } from "next/server";
import { z } from "zod";
import { openai } from "@/lib/openai";

// Public "what can I cook with this box?" helper on the box-contents page.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const parsed = z.object({ items: z.array(z.string().max(40)).max(25) }).safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "bad request" }, { status: 400 });
  try {
    const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Suggest three recipes using: ${parsed.data.items.join(", ")}` }] });
    return NextResponse.json({ text: completion.choices[0]?.message?.content ?? "" });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: err instanceof Error ? err.message : "failed" }, { status: 500 });
  }
}
