import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { secureCompare } from "@/lib/secure-compare";

type Ctx = { params: Promise<{ token: string }> };

// Parents can open a lesson recap via a share link + PIN.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request, { params }: Ctx) {
  const { token } = await params;
  const { pin } = await req.json();
  // ok: timing-unsafe-comparison
  if (typeof token !== "string" || typeof pin !== "string") return NextResponse.json({ error: "Bad request" }, { status: 400 });
  const link = await prisma.shareLink.findUnique({ where: { token }, select: { lessonId: true, pin: true } });
  if (!link) return NextResponse.json({ error: "Invalid link or PIN" }, { status: 403 });
  // ruleid: timing-unsafe-comparison
  if (link.pin !== pin) return NextResponse.json({ error: "Invalid link or PIN" }, { status: 403 });
  const recap = await prisma.lesson.findUnique({ where: { id: link.lessonId }, select: { title: true, startsAt: true, notes: { where: { private: false }, select: { body: true } } } });
  // ok: excessive-data-exposure
  return NextResponse.json(recap);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function PUT(req: Request, { params }: Ctx) {
  await rateLimitByIp("share-pin", 5);
  const { token } = await params;
  const { pin } = await req.json();
  // ok: timing-unsafe-comparison
  if (typeof token !== "string" || typeof pin !== "string") return NextResponse.json({ error: "Bad request" }, { status: 400 });
  const link = await prisma.shareLink.findUnique({ where: { token }, select: { lessonId: true, pin: true } });
  // ok: timing-unsafe-comparison
  if (!link || !secureCompare(link.pin, pin)) return NextResponse.json({ error: "Invalid link or PIN" }, { status: 403 });
  return NextResponse.json({ lessonId: link.lessonId });
}
