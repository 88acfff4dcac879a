import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/auth/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ bookingId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse((await params).bookingId);
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({ where: { id, userId }, select: { id: true, seats: true, status: true, amountCents: true, trip: { select: { title: true, startsAt: true } } } });
  if (!booking) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(booking);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse((await params).bookingId);
  const booking = await prisma.booking.findUnique({ where: { id }, select: { userId: true, status: true } });
  if (!booking || booking.userId !== userId) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization
  await prisma.booking.delete({ where: { id } });
  await auditLog({ actorId: userId, action: "booking.deleted", target: id });
  return new NextResponse(null, { status: 204 });
}

// why: route param and JSON body go to the update with no schema or typeof check
// ruleid: missing-input-validation
// ok: missing-auth
export async function PUT(req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const { bookingId } = await params;
  const body = await req.json();
  // why: body.userId (from the client, not the session) decides whose booking this becomes
  // ruleid: mass-assignment, missing-authorization
  await prisma.booking.updateMany({ where: { id: bookingId, userId }, data: { seats: body.seats, userId: body.userId } });
  return NextResponse.json({ ok: true });
}
