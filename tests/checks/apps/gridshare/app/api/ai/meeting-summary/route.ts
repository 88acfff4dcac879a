import { NextResponse } from "next/server";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireCoopMember } from "@/lib/coop/membership";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { coopId, meetingId } = z.object({ coopId: z.string().cuid(), meetingId: z.string().cuid() }).parse(await req.json());
  const { user } = await requireCoopMember(coopId);
  const { success } = await ratelimit.limit(`ai:${user.id}`);
  if (!success) return NextResponse.json({ error: "Try again later" }, { status: 429 });
  const meeting = await prisma.meeting.findFirst({
    // ok: missing-authorization
    where: { id: meetingId, coopId },
    select: { title: true, motions: { select: { title: true, status: true } } },
  });
  if (!meeting) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Summarise for members: ${JSON.stringify(meeting)}` });
  return NextResponse.json({ summary: text });
}
