import { NextResponse } from "next/server";
import { anthropic } from "@ai-sdk/anthropic";
import { generateObject } from "ai";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { ratelimit } from "@/lib/rate-limit";
import { db } from "@/lib/db";

const Body = z.object({ role: z.string().min(2).max(120), seniority: z.enum(["junior", "mid", "senior", "staff"]) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { success } = await ratelimit.limit(`ai-draft:${userId}`);
  if (!success) return NextResponse.json({ error: "Slow down" }, { status: 429 });

  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  try {
    const { object } = await generateObject({
      model: anthropic("claude-3-5-haiku-latest"),
      schema: z.object({ questions: z.array(z.string()).length(8) }),
      prompt: `Interview questions for a ${parsed.data.seniority} ${parsed.data.role}.`,
    });
    return NextResponse.json(object);
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error }, { status: 502 });
  }
}

// Past drafts of the signed-in recruiter.
// ruleid: missing-auth
export async function GET() {
  const { userId } = await auth();
  const drafts = await db.auditLog.findMany({
    where: { actorId: userId, action: "ai.draft" },
    select: { id: true, meta: true, createdAt: true },
    take: 20,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ drafts });
}
