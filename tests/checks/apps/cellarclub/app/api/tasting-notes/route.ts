import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/authjs";
import { ratelimit } from "@/lib/ratelimit";

const Body = z.object({ messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) })).max(30) });

// Tasting-notes assistant chat (staff).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { success } = await ratelimit.limit(`ai-chat:${session.user.id}`);
  if (!success) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  const { messages } = Body.parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), system: "You help winemakers write tasting notes.", messages });
  return result.toDataStreamResponse();
}

// Public pairing suggestions widget.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function PUT(req: Request) {
  const { dish } = z.object({ dish: z.string().min(2).max(200) }).parse(await req.json());
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Suggest a wine style to pair with: ${dish}` });
  return result.toDataStreamResponse();
}
