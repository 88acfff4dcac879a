import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const page = z.coerce.number().int().min(1).max(500).catch(1).parse(req.nextUrl.searchParams.get("page"));
  const races = await prisma.race.findMany({
    where: { published: true, startsAt: { gte: new Date() } },
    select: { id: true, name: true, slug: true, startsAt: true, priceCents: true },
    orderBy: { startsAt: "asc" },
    skip: (page - 1) * 20,
    take: 20,
  });
  // ok: excessive-data-exposure
  return NextResponse.json(races);
}

// Used by the old organiser dashboard (pre withOrg).
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  // ruleid: mass-assignment
  // todoruleid: missing-authorization
  const race = await prisma.race.create({ data: body });
  return NextResponse.json({ id: race.id }, { status: 201 });
}
