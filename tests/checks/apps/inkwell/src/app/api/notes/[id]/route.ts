import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "~/auth";
import { prisma } from "~/lib/prisma";
import { canEditNote } from "~/lib/dal";

type Ctx = { params: Promise<{ id: string }> };
const NoteId = z.string().cuid();

// ok: missing-auth
// ok: missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const id = NoteId.parse((await params).id);
  // ruleid: missing-authorization
  const note = await prisma.note.findUnique({ where: { id }, include: { author: true } });
  if (!note) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  // ruleid: excessive-data-exposure -- the author relation carries passwordHash
  return NextResponse.json(note);
}

const PatchSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  body: z.string().max(100_000).optional(),
  visibility: z.enum(["private", "workspace", "public"]).optional(),
});

// ok: missing-auth
// ok: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const id = NoteId.parse((await params).id);
  const parsed = PatchSchema.safeParse(await req.json());
  if (!parsed.success) {
    // ok: information-disclosure -- validation issues
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const existing = await prisma.note.findUnique({ where: { id }, select: { authorId: true } });
  if (!existing || existing.authorId !== session.user.id) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  // ok: missing-authorization -- loaded and compared with the session user
  // ok: mass-assignment -- zod object without privileged fields
  const updated = await prisma.note.update({ where: { id }, data: parsed.data, select: { id: true, title: true, updatedAt: true } });
  // ok: excessive-data-exposure -- explicit select
  return NextResponse.json(updated);
}

// ok: missing-auth
// ok: missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const id = NoteId.parse((await params).id);
  // ruleid: floating-auth-check
  if (!canEditNote(session.user.id, id)) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ruleid: missing-authorization
  await prisma.note.update({ where: { id }, data: { deletedAt: new Date() } });
  return new NextResponse(null, { status: 204 });
}
