import { NextResponse } from "next/server";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";

// Tutor back-office: pending booking requests
// ok: missing-auth
export async function GET() {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const pending = await prisma.lesson.findMany({ where: { tutorId: user.id, status: "pending_tutor" }, include: { student: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(pending);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { lessonId, decision } = await req.json();
  if (typeof lessonId !== "string" || (decision !== "accept" && decision !== "decline")) return NextResponse.json({ error: "Bad body" }, { status: 400 });
  try {
    // ok: missing-authorization
    await prisma.lesson.update({ where: { id: lessonId, tutorId: user.id }, data: { status: decision === "accept" ? "scheduled" : "declined" } });
    return NextResponse.json({ ok: true });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Update failed", detail: e }, { status: 500 });
  }
}
