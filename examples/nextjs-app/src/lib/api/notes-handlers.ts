import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { noteSchema } from "@/lib/validations";

// Handlers of the public v1 API, re-exported by app/api/v1/notes/route.ts.

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  // ok: missing-authorization
  const notes = await prisma.note.findMany({
    where: { authorId: session.user.id, archived: false },
    select: { id: true, title: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ notes });
}

// ok: missing-auth, missing-input-validation
export async function POST(request: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const parsed = noteSchema.safeParse(await request.json());
  if (!parsed.success) {
    return NextResponse.json({ errors: parsed.error.flatten().fieldErrors }, { status: 400 });
  }
  const note = await prisma.note.create({
    data: { title: parsed.data.title, content: parsed.data.content, authorId: session.user.id },
    select: { id: true },
  });
  return NextResponse.json(note, { status: 201 });
}
