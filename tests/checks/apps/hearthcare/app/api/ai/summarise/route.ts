import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { summariseVisitNote } from "@/lib/ai";
import { ratelimit } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { success } = await ratelimit.limit(`ai:${session.user.id}`);
  if (!success) return NextResponse.json({ error: "rate limited" }, { status: 429 });
  const { noteId } = z.object({ noteId: z.string() }).parse(await req.json());
  const note = await prisma.visitNote.findUnique({ where: { id: noteId }, select: { body: true, agencyId: true } });
  if (!note) return NextResponse.json({ error: "not found" }, { status: 404 });
  const member = await prisma.membership.findFirst({ where: { userId: session.user.id, agencyId: note.agencyId }, select: { id: true } });
  if (!member) return NextResponse.json({ error: "not found" }, { status: 404 });
  try {
    const summary = await summariseVisitNote(note.body);
    // ok: missing-authorization
    await prisma.visitNote.update({ where: { id: noteId }, data: { summary } });
    return NextResponse.json({ summary });
  } catch (err) {
    logger.error({ err }, "summarise failed");
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Summary failed", detail: String(err) }, { status: 502 });
  }
}
