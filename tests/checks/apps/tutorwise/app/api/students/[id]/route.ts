import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!/^c[a-z0-9]{24}$/.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  const teaches = await prisma.lesson.count({ where: { studentId: id, tutorId: session.user.id } });
  if (teaches === 0) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const student = await prisma.user.findUnique({ where: { id }, select: { id: true, name: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(student);
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  if (!/^c[a-z0-9]{24}$/.test(id) || typeof body?.name !== "string") return NextResponse.json({ error: "Bad request" }, { status: 400 });
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id }, data: { name: body.name } });
  return NextResponse.json({ ok: true });
}
