import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticatePartner } from "@/lib/api-keys";

const idSchema = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  // ruleid: missing-authorization
  const booking = await prisma.booking.findUnique({
    where: { id: id.data },
    select: { id: true, berthId: true, guestName: true, guestEmail: true, startsAt: true, endsAt: true, status: true },
  });
  if (!booking) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(booking);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const id = idSchema.parse((await params).id);
  const { count } = await prisma.booking.updateMany({
    // ok: missing-authorization
    where: { id, orgId: partner.orgId, source: "partner" },
    data: { status: "cancelled" },
  });
  return count ? new NextResponse(null, { status: 204 }) : NextResponse.json({ error: "Not found" }, { status: 404 });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  await prisma.booking.updateMany({
    // ok: missing-authorization
    where: { id, orgId: partner.orgId, source: "partner" },
    // ruleid: mass-assignment
    data: body,
  });
  return NextResponse.json({ ok: true });
}
