import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { canViewLesson } from "@/lib/auth/guards";
import { getLessonForUser } from "@/lib/data/lessons";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!/^c[a-z0-9]{24}$/.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  // ok: missing-authorization
  const lesson = await getLessonForUser(id, session.user.id);
  if (!lesson) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(lesson);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  if (!/^c[a-z0-9]{24}$/.test(id) || typeof body !== "object" || body === null) return NextResponse.json({ error: "Bad body" }, { status: 400 });
  if (!(await canViewLesson(session.user.id, id))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: mass-assignment
  // ok: missing-authorization
  const updated = await prisma.lesson.update({ where: { id }, data: body, select: { id: true } });
  return NextResponse.json(updated);
}

// ok: missing-auth
// todoruleid: missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  await prisma.lesson.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
