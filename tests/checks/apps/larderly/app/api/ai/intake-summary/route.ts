import { NextResponse } from "next/server";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const user = await requireUser();
  const { pantryId } = z.object({ pantryId: z.string().cuid() }).parse(await req.json());
  const pantry = await prisma.pantry.findUnique({ where: { id: pantryId }, select: { intakeNotes: true, networkId: true } });
  const member = pantry && (await prisma.membership.findFirst({ where: { userId: user.id, networkId: pantry.networkId }, select: { id: true } }));
  if (!member) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Summarize: ${pantry.intakeNotes ?? ""}` });
  return result.toDataStreamResponse();
}
