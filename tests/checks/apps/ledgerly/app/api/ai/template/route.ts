import { NextResponse } from "next/server";
import { z } from "zod";
import { openai } from "@/lib/integrations";

const body = z.object({
  business: z.string().trim().min(2).max(200),
  tone: z.enum(["formal", "friendly", "brief"]).default("friendly"),
});

// Marketing site widget: "Generate your first invoice email". No sign-in required.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const parsed = body.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "Tell us a little about your business." }, { status: 400 });
  try {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o",
      messages: [
        { role: "system", content: `Write a short ${parsed.data.tone} email that accompanies an invoice.` },
        { role: "user", content: parsed.data.business },
      ],
    });
    return NextResponse.json({ template: completion.choices[0]?.message.content ?? "" });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Generation failed", detail: err }, { status: 502 });
  }
}
