import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

// Public events calendar (embedded on winery websites).
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const winery = z.string().regex(/^[a-z0-9-]+$/).parse(new URL(req.url).searchParams.get("winery"));
  const w = await prisma.winery.findUnique({ where: { slug: winery }, select: { id: true } });
  if (!w) return NextResponse.json({ data: [] });
  const events = await prisma.event.findMany({ where: { wineryId: w.id, published: true }, select: { slug: true, title: true, startsAt: true, capacity: true }, orderBy: { startsAt: "asc" } });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: events });
}

// ruleid: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.json();
  const ev = await prisma.event.create({
    // ruleid: mass-assignment
    data: body,
    select: { id: true },
  });
  return NextResponse.json(ev, { status: 201 });
}
