import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";

// ok: missing-auth
export async function GET(req: Request) {
  const q = new URL(req.url).searchParams.get("q")?.slice(0, 60) ?? "";
  const listings = await prisma.seedListing.findMany({
    where: { status: "OPEN", variety: { contains: q, mode: "insensitive" } },
    select: { id: true, variety: true, quantity: true },
    take: 50,
  });
  // ok: excessive-data-exposure
  return NextResponse.json(listings);
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: Request) {
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const body = await req.json();
  // ruleid: mass-assignment
  const listing = await prisma.seedListing.create({ data: { ...body, ownerId: user.id }, select: { id: true } });
  return NextResponse.json(listing, { status: 201 });
}
