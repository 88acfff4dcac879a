import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Public: the embed widget lists an organiser's on-sale events by its publishable key.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!/^pk_[A-Za-z0-9_-]{16}$/.test(key)) return NextResponse.json({ error: "invalid key" }, { status: 400 });

  const organiser = await prisma.organiser.findUnique({
    where: { embedPublicKey: key },
    select: { id: true, name: true, allowedOrigins: true, bannedAt: true },
  });
  if (!organiser || organiser.bannedAt) return NextResponse.json({ error: "unknown key" }, { status: 404 });

  const events = await prisma.event.findMany({
    where: { organiserId: organiser.id, status: "PUBLISHED", startsAt: { gte: new Date() } },
    select: { id: true, title: true, slug: true, startsAt: true, venue: true },
    orderBy: { startsAt: "asc" },
  });
  const origin = req.headers.get("origin");
  const allow = origin && organiser.allowedOrigins.includes(origin) ? origin : "null";
  // ok: excessive-data-exposure
  return NextResponse.json({ organiser: organiser.name, events }, { headers: { "Access-Control-Allow-Origin": allow } });
}
