import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { getMembership } from "@/lib/auth/guards";

type Ctx = { params: Promise<{ bookingId: string }> };

// Operators download a signed waiver.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).bookingId);
  const booking = await prisma.booking.findUnique({ where: { id }, select: { userId: true, trip: { select: { orgId: true } } } });
  if (!booking) return NextResponse.json({ error: "not found" }, { status: 404 });
  if (booking.userId !== session.user.id) {
    const { error } = await getMembership(booking.trip.orgId);
    if (error) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  // ok: missing-authorization
  const waiver = await prisma.waiver.findUnique({ where: { bookingId: id }, select: { signedName: true, signedAt: true, dateOfBirth: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(waiver);
}
