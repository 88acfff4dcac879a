import { streamText } from "ai";
import { NextResponse } from "next/server";
import { z } from "zod";
import { chatModel, VISITOR_SYSTEM_PROMPT } from "@/lib/ai";
import { publicLineup } from "@/lib/festival";

const chatSchema = z.object({
  festivalSlug: z.string().min(1).max(80),
  messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(2000) })).max(20),
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  try {
    const { festivalSlug, messages } = chatSchema.parse(await req.json());
    const lineup = await publicLineup(festivalSlug);
    const result = streamText({ model: chatModel, system: `${VISITOR_SYSTEM_PROMPT}\nLine-up: ${JSON.stringify(lineup?.sets ?? [])}`, messages });
    return result.toDataStreamResponse();
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error }, { status: 500 });
  }
}
