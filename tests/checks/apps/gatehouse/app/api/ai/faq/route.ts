import { NextResponse } from "next/server";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth";
import { openaiClient } from "@/lib/ai";
import { ratelimit } from "@/lib/rate-limit";

const Body = z.object({ eventTitle: z.string().min(3).max(120), details: z.string().max(3000) });

// ok: missing-auth, missing-rate-limit
export async function POST(req: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { success } = await ratelimit.limit(`ai-faq:${user.id}`);
  if (!success) return NextResponse.json({ error: "Slow down" }, { status: 429 });

  const body = Body.parse(await req.json());
  const completion = await openaiClient.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write a 5-question FAQ for an event page. Plain text." },
      { role: "user", content: `${body.eventTitle}\n\n${body.details}` },
    ],
  });
  return NextResponse.json({ faq: completion.choices[0]?.message.content ?? "" });
}
