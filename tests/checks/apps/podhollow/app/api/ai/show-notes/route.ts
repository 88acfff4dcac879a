import { NextResponse } from "next/server";
import * as v from "valibot";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { draftShowNotes } from "@/lib/ai";
import { rateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { success } = await rateLimit(`ai-notes:${session.user.id}`, 10);
  if (!success) return NextResponse.json({ error: "Rate limited" }, { status: 429 });
  const { episodeId } = v.parse(v.object({ episodeId: v.string() }), await req.json());
  // ok: missing-authorization
  const ep = await prisma.episode.findFirst({ where: { id: episodeId, show: { network: { memberships: { some: { userId: session.user.id } } } } }, select: { transcript: true } });
  if (!ep?.transcript) return NextResponse.json({ error: "No transcript yet" }, { status: 404 });
  try {
    const notes = await draftShowNotes(ep.transcript);
    return NextResponse.json({ notes });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message }, { status: 502 });
  }
}
