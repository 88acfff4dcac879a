import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "~/auth";
import { prisma } from "~/lib/prisma";

// ok: missing-auth
// ok: missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const workspaceId = z.string().cuid().parse(req.nextUrl.searchParams.get("workspaceId"));
  // ruleid: missing-authorization
  const notes = await prisma.note.findMany({ where: { workspaceId, deletedAt: null }, select: { id: true, title: true, updatedAt: true } });
  // ok: excessive-data-exposure -- explicit select
  return NextResponse.json(notes);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const body = await req.json();
  // ruleid: mass-assignment, missing-authorization -- (missing-authorization added in pass 31, fixgap31a) the raw body picks the note's workspaceId
  const note = await prisma.note.create({ data: { ...body, authorId: session.user.id }, select: { id: true } });
  return NextResponse.json(note, { status: 201 });
}
