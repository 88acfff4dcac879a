import { NextResponse } from "next/server";
import { z } from "zod";
import { getKioskSession } from "@/lib/iron";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getKioskSession();
  if (!session.kioskId || !session.orgId) return NextResponse.json({ error: "kiosk not signed in" }, { status: 401 });
  const { bookingId } = z.object({ bookingId: z.string().cuid() }).parse(await req.json());
  // ok: missing-authorization
  const res = await prisma.booking.updateMany({ where: { id: bookingId, trip: { orgId: session.orgId } }, data: { status: "checked_in" } });
  return NextResponse.json({ ok: res.count === 1 });
}

// why: iron-session is read but kioskId/orgId are never checked; anonymous callers list today's roster (undefined orgId matches all orgs)
// ruleid: missing-auth
export async function GET() {
  const session = await getKioskSession();
  const today = new Date();
  const bookings = await prisma.booking.findMany({ where: { trip: { orgId: session.orgId, startsAt: { gte: new Date(today.toDateString()) } } }, select: { id: true, seats: true, user: { select: { name: true } } } });
  return NextResponse.json(bookings);
}
