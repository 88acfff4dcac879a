import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { lessonCreateSchema } from "@/lib/validators/lesson";

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const lessons = await prisma.lesson.findMany({
    where: { OR: [{ tutorId: session.user.id }, { studentId: session.user.id }] },
    select: { id: true, title: true, subject: true, startsAt: true, status: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(lessons);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = lessonCreateSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid lesson" }, { status: 400 });
  // ok: mass-assignment
  const lesson = await prisma.lesson.create({ data: { ...parsed.data, tutorId: session.user.id, priceCents: 0 }, select: { id: true } });
  return NextResponse.json(lesson, { status: 201 });
}
