import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/crypto";

type Ctx = { params: Promise<{ lessonId: string }> };

// PUBLIC "preview lesson" (only lessons flagged isPreview on published courses).
// ok: missing-auth
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { lessonId } = await params;
  const lesson = await prisma.lesson.findFirst({
    where: { id: lessonId, isPreview: true, course: { published: true } },
    select: { id: true, title: true, body: true, muxPlaybackId: true },
  });
  if (!lesson) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(lesson);
}

// Share link for a private lesson: /preview/:id?pin=1234 (instructors share drafts with reviewers).
// ok: missing-auth
// ruleid: missing-rate-limit
export async function POST(req: NextRequest, { params }: Ctx) {
  const { lessonId } = await params;
  const { pin } = (await req.json()) as { pin?: string };
  const share = await prisma.$queryRaw<{ share_pin: string; lesson_id: string }[]>`SELECT share_pin, lesson_id FROM lesson_shares WHERE lesson_id = ${lessonId}`;
  // ruleid: timing-unsafe-comparison
  if (!share[0] || share[0].share_pin != pin) return NextResponse.json({ error: "Wrong PIN" }, { status: 403 });
  const lesson = await prisma.lesson.findUnique({ where: { id: lessonId }, select: { title: true, body: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(lesson);
}

// Same share link, reviewers' password form (newer links).
// ok: missing-auth
// ruleid: missing-rate-limit
export async function PUT(req: NextRequest, { params }: Ctx) {
  const { lessonId } = await params;
  const { password } = (await req.json()) as { password?: string };
  // ok: timing-unsafe-comparison
  if (typeof password !== "string" || password === "") return NextResponse.json({ error: "Password required" }, { status: 400 });
  const share = await prisma.$queryRaw<{ share_password: string }[]>`SELECT share_password FROM lesson_shares WHERE lesson_id = ${lessonId}`;
  // ok: timing-unsafe-comparison
  if (!share[0] || !secureCompare(password, share[0].share_password)) return NextResponse.json({ error: "Wrong password" }, { status: 403 });
  const lesson = await prisma.lesson.findUnique({ where: { id: lessonId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(lesson);
}

// Draft lessons for the course editor's live preview; reads any lesson.
// ruleid: missing-auth
export async function PATCH(_req: NextRequest, { params }: Ctx) {
  const { lessonId } = await params;
  const lesson = await prisma.lesson.findUnique({ where: { id: lessonId }, select: { title: true, body: true, muxPlaybackId: true } });
  return NextResponse.json(lesson);
}
