import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { noteIdSchema } from "@/lib/validations";

type Context = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_request: Request, { params }: Context) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const parsed = noteIdSchema.safeParse(await params);
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid note id" }, { status: 400 });
  }

  // ok: missing-authorization
  const note = await prisma.note.findFirst({
    where: { id: parsed.data.id, authorId: session.user.id },
    select: { id: true, title: true, content: true, updatedAt: true },
  });
  if (!note) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  // ok: excessive-data-exposure
  return NextResponse.json(note);
}

// Checks the session, then deletes whichever note the URL names.
// ok: missing-auth
export async function DELETE(_request: Request, { params }: Context) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const parsed = noteIdSchema.safeParse(await params);
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid note id" }, { status: 400 });
  }

  // ruleid: missing-authorization
  await prisma.note.delete({ where: { id: parsed.data.id } });
  return new NextResponse(null, { status: 204 });
}
