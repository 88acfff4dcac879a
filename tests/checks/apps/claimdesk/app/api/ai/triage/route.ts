import { NextResponse, type NextRequest } from "next/server";
import { generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { ratelimit } from "@/lib/ratelimit";

const Body = z.object({ imageUrl: z.string().url(), claimId: z.string() });

// AI damage-photo triage (public FNOL widget posts here too)
// ok: missing-auth
// ruleid: missing-rate-limit
export async function POST(req: NextRequest) {
  const body = Body.parse(await req.json());
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ severity: z.enum(["minor", "moderate", "severe", "total_loss"]), parts: z.array(z.string()) }),
    messages: [{ role: "user", content: [{ type: "text", text: "Assess vehicle damage" }, { type: "image", image: new URL(body.imageUrl) }] }],
  });
  return NextResponse.json(object);
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function PUT(req: NextRequest) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { success } = await ratelimit.limit(`ai:${userId}`);
  if (!success) return NextResponse.json({ error: "slow down" }, { status: 429 });
  const body = Body.parse(await req.json());
  const { object } = await generateObject({ model: openai("gpt-4o-mini"), schema: z.object({ severity: z.string() }), prompt: `Assess damage at ${body.imageUrl}` });
  return NextResponse.json(object);
}
