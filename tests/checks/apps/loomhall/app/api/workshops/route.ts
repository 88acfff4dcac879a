import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Public workshop catalogue.
// ok: missing-auth
export async function GET() {
  const workshops = await prisma.workshop.findMany({
    where: { published: true, startsAt: { gt: new Date() } },
    select: { id: true, title: true, description: true, priceCents: true, seats: true, seatsTaken: true, startsAt: true, studio: { select: { name: true, slug: true } } },
    orderBy: { startsAt: "asc" },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(workshops);
}
