import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// public load board feed (syndicated to DAT-style aggregators)
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const lane = new URL(req.url).searchParams.get("lane");
  const postings = await prisma.posting.findMany({
    where: { visibility: "PUBLIC", ...(typeof lane === "string" && lane.length < 60 ? { lane: { contains: lane } } : {}) },
    select: { id: true, lane: true, equipment: true, postedRate: true },
    take: 200,
  });
  // ok: excessive-data-exposure
  return NextResponse.json(postings);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = (await req.json()) as { postingId?: unknown };
  if (typeof body.postingId !== "string") return NextResponse.json({ error: "postingId required" }, { status: 400 });
  const posting = await prisma.posting.findFirst({ where: { id: body.postingId, visibility: "PUBLIC" }, select: { id: true, lane: true, equipment: true, postedRate: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(posting);
}
