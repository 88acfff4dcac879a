import { NextResponse } from "next/server";
import { z } from "zod";
import { openai } from "@/lib/ai";

const input = z.object({ description: z.string().min(10).max(2000) });

// Used by the public "report a problem in the lobby" QR form.
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const parsed = input.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid" }, { status: 400 });
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Say whether this building issue is an emergency. Reply 'yes' or 'no'." },
      { role: "user", content: parsed.data.description },
    ],
  });
  return NextResponse.json({ emergency: res.choices[0]?.message?.content?.trim().toLowerCase() === "yes" });
}
