import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { seedListingUpdateSchema } from "@/lib/validation/seeds";

type Ctx = { params: Promise<{ listingId: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const { listingId } = await params;
  const listing = await prisma.seedListing.findUnique({
    where: { id: listingId },
    select: { id: true, variety: true, quantity: true, description: true, status: true },
  });
  if (!listing) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(listing);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { listingId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const parsed = seedListingUpdateSchema.safeParse({ ...(await req.json()), listingId });
  if (!parsed.success) return NextResponse.json({ error: "Invalid" }, { status: 400 });
  const { listingId: _id, ...changes } = parsed.data;
  // ruleid: missing-authorization
  const updated = await prisma.seedListing.update({ where: { id: listingId }, data: changes, select: { id: true } });
  return NextResponse.json(updated);
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: Ctx) {
  const { listingId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const listing = await prisma.seedListing.findUnique({ where: { id: listingId }, select: { ownerId: true } });
  if (!listing || listing.ownerId !== user.id) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  await prisma.seedListing.delete({ where: { id: listingId } });
  return NextResponse.json({ ok: true });
}
