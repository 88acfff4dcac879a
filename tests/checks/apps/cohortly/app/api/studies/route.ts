import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/auth";
import { studySchema } from "@/lib/validators";

// Public study search (published studies only).
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const q = z.string().max(80).catch("").parse(req.nextUrl.searchParams.get("q") ?? "");
  const studies = await prisma.study.findMany({
    where: { published: true, OR: [{ title: { contains: q, mode: "insensitive" } }, { condition: { contains: q, mode: "insensitive" } }] },
    select: { slug: true, title: true, condition: true, phase: true, stipendCents: true },
    take: 50,
  });
  // ok: excessive-data-exposure
  return NextResponse.json(studies);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const session = await auth();
  const user = session?.user as { id?: string; role?: string; sponsorId?: string } | undefined;
  if (!user?.id || user.role !== "STUDY_MANAGER" || !user.sponsorId) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const body = studySchema.parse(await req.json());
  // ok: mass-assignment
  const study = await prisma.study.create({ data: { ...body, slug: `${body.title.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}`, sponsorId: user.sponsorId } });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: study.id, slug: study.slug }, { status: 201 });
}
