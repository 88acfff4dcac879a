import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth";

/** Dock board TV in the harbour office polls this. It was meant to sit behind the office VPN. */
// ruleid: missing-auth
// ok: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ marinaId: string }> }) {
  const marinaId = z.string().cuid().parse((await params).marinaId);
  const today = new Date();
  const arrivals = await prisma.booking.findMany({
    where: { marinaId, startsAt: { lte: today }, endsAt: { gte: today } },
    select: { id: true, berthId: true, guestName: true, guestEmail: true, status: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(arrivals);
}

const checkInSchema = z.object({ bookingId: z.string().cuid() });

/** "Checked in" button on the dock board. */
// ruleid: missing-auth
// ok: missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ marinaId: string }> }) {
  const session = await auth();
  const marinaId = z.string().cuid().parse((await params).marinaId);
  const { bookingId } = checkInSchema.parse(await req.json());
  await prisma.booking.updateMany({
    where: { id: bookingId, marinaId },
    data: { status: "checked_in", createdById: session?.user?.id },
  });
  return NextResponse.json({ ok: true });
}
