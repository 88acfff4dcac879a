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
  // todoruleid: missing-authorization -- re-exported route handlers are only checked for missing-auth
  const notes = await prisma.note.findMany({ where: { workspaceId, deletedAt: null }, select: { id: true, title: true, updatedAt: true } });
  // ok: excessive-data-exposure -- explicit select
  return NextResponse.json(notes);
}

// ok: missing-auth
// todoruleid: missing-input-validation -- re-exported route handlers are only checked for missing-auth
export async function POST(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const body = await req.json();
  // todoruleid: mass-assignment -- re-exported route handlers are only checked for missing-auth
  const note = await prisma.note.create({ data: { ...body, authorId: session.user.id }, select: { id: true } });
  return NextResponse.json(note, { status: 201 });
}
