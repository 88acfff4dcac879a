import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

// Public reviews feed for a sitter profile.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const sitterId = z.string().cuid().safeParse(req.nextUrl.searchParams.get("sitterId"));
  if (!sitterId.success) return NextResponse.json({ error: "sitterId required" }, { status: 400 });
  const reviews = await prisma.review.findMany({
    where: { sitterId: sitterId.data, hidden: false },
    select: { rating: true, body: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  // ok: excessive-data-exposure
  return NextResponse.json(reviews);
}

// Legacy widget: full review objects.
// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const parsed = z.object({ sitterId: z.string().cuid() }).safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "bad request" }, { status: 400 });
  const reviews = await prisma.review.findMany({ where: { sitterId: parsed.data.sitterId, hidden: false }, take: 20 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(reviews);
}
